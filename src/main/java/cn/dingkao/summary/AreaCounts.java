package cn.dingkao.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.dingkao.ruling.Cycle;

/**
 * The counts of the workbooks of a cycle, each grouping read in one pass over the cycle's results, when first
 * needed (the city's part of the step never reads the districts' specialties). Read per workbook they cost a read
 * of result per district and query (MariaDB walked the whole cycle even when told to use the district index),
 * most of the step's time. A district's lines are its part of the whole cycle's, grouped and ordered as its own
 * query would have; totals and the city's district lines are sums of institutions (every count adds up).
 * Not thread-safe: one per part of the step.
 */
final class AreaCounts {

	private static final String UNKNOWN = "未知";

	private final SummaryMapper mapper;

	private final Cycle cycle;

	private List<Counts> institutions;

	private Map<String, List<Counts>> institutionsByDistrict;

	private List<Counts> citySpecialties;

	private Map<String, List<Counts>> specialtiesByDistrict;

	AreaCounts(SummaryMapper mapper, Cycle cycle) {
		this.mapper = mapper;
		this.cycle = cycle;
	}

	/** The area's institutions: the city's by district then org code, 未知 last; a district's by org code. */
	List<Counts> institutions(SummaryArea area) {
		if (this.institutions == null) {
			this.institutions = this.mapper.byInstitution(this.cycle);
			this.institutionsByDistrict = byDistrict(this.institutions);
		}
		return area.isCity() ? this.institutions : lines(this.institutionsByDistrict, area);
	}

	/**
	 * The city's district lines, each the sum of its institutions, in their order (by district code, 未知 last). A
	 * district code not in the district list is named 未知 too: its institutions carry no district name.
	 */
	List<Counts> districts() {
		institutions(SummaryArea.CITY);
		List<Counts> districts = new ArrayList<>();
		this.institutionsByDistrict.forEach((code, lines) -> districts
			.add(Counts.sum(code, Objects.requireNonNullElse(lines.get(0).districtName(), UNKNOWN), lines)));
		List<Counts> unknown = this.institutions.stream().filter(line -> line.districtCode() == null).toList();
		if (!unknown.isEmpty()) {
			districts.add(Counts.sum(null, UNKNOWN, unknown));
		}
		return districts;
	}

	List<Counts> specialties(SummaryArea area) {
		if (area.isCity()) {
			if (this.citySpecialties == null) {
				this.citySpecialties = this.mapper.bySpecialty(this.cycle);
			}
			return this.citySpecialties;
		}
		if (this.specialtiesByDistrict == null) {
			this.specialtiesByDistrict = byDistrict(this.mapper.byDistrictAndSpecialty(this.cycle));
		}
		return lines(this.specialtiesByDistrict, area);
	}

	Counts total(SummaryArea area) {
		return Counts.sum(null, null, institutions(area));
	}

	private static List<Counts> lines(Map<String, List<Counts>> byDistrict, SummaryArea area) {
		return byDistrict.getOrDefault(area.district(), List.of());
	}

	/** Keeps the order of the lines within each district; the lines of no district are left out. */
	private static Map<String, List<Counts>> byDistrict(List<Counts> lines) {
		Map<String, List<Counts>> byDistrict = new LinkedHashMap<>();
		for (Counts line : lines) {
			if (line.districtCode() != null) {
				byDistrict.computeIfAbsent(line.districtCode(), code -> new ArrayList<>()).add(line);
			}
		}
		return byDistrict;
	}

}
