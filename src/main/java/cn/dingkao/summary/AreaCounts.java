package cn.dingkao.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.dingkao.ruling.Cycle;

/**
 * The counts of every workbook of a cycle, each grouping read in one pass over the cycle's results. Read per
 * workbook they cost a read of result per district and query (MariaDB walked the whole cycle even when told to use
 * the district index), most of the step's time. A district's lines are its part of the whole cycle's, grouped
 * and ordered as its own query would have; its total is the sum of its institutions (every count adds up).
 */
final class AreaCounts {

	private final List<Counts> institutions;

	private final Map<String, List<Counts>> institutionsByDistrict;

	private final List<Counts> districts;

	private final List<Counts> citySpecialties;

	private final Map<String, List<Counts>> specialtiesByDistrict;

	private AreaCounts(List<Counts> institutions, List<Counts> districts, List<Counts> citySpecialties,
			List<Counts> districtSpecialties) {
		this.institutions = institutions;
		this.institutionsByDistrict = byDistrict(institutions);
		this.districts = districts;
		this.citySpecialties = citySpecialties;
		this.specialtiesByDistrict = byDistrict(districtSpecialties);
	}

	static AreaCounts read(SummaryMapper mapper, Cycle cycle) {
		return new AreaCounts(mapper.byInstitution(cycle), mapper.byDistrict(cycle), mapper.bySpecialty(cycle),
				mapper.byDistrictAndSpecialty(cycle));
	}

	/** The area's institutions: the city's by district then org code, 未知 last; a district's by org code. */
	List<Counts> institutions(SummaryArea area) {
		return area.isCity() ? this.institutions : lines(this.institutionsByDistrict, area);
	}

	/** The city's lines per district, 未知 (groupCode null) included. */
	List<Counts> districts() {
		return this.districts;
	}

	List<Counts> specialties(SummaryArea area) {
		return area.isCity() ? this.citySpecialties : lines(this.specialtiesByDistrict, area);
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
