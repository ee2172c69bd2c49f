package cn.dingkao.ruling;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

/**
 * Which exam specialties (报考专业) a physician may choose for the practice scopes (执业范围) of the registration,
 * after 附件2. Immutable and thread-safe; the catalog has a few dozen rows, so lookups simply scan it.
 */
public final class SpecialtyCatalog {

	private final List<CatalogEntry> entries;

	public SpecialtyCatalog(List<CatalogEntry> entries) {
		this.entries = List.copyOf(entries);
	}

	/** Reads rows in the layout of {@code reference/specialty-catalog.csv} (English header). */
	public static SpecialtyCatalog readCsv(Reader csv) {
		List<CatalogEntry> rows = new ArrayList<>();
		try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(csv)) {
			for (NamedCsvRecord row : reader) {
				String mode = row.getField("exam_mode").trim();
				rows.add(new CatalogEntry(row.getField("board").trim(), row.getField("practice_category").trim(),
						row.getField("clinical_subject").trim(), row.getField("practice_scope").trim(),
						row.getField("exam_specialty").trim(), ExamMode.fromCode(mode.toUpperCase(Locale.ROOT))
							.orElseThrow(() -> new IllegalArgumentException("专业目录的考核方式未知 (unknown exam_mode in the"
									+ " specialty catalog): " + mode))));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new SpecialtyCatalog(rows);
	}

	public List<CatalogEntry> entries() {
		return entries;
	}

	/**
	 * Spec §Warnings SPECIALTY_NOT_IN_SCOPE: a specialty is allowed when it is the exam_specialty of a catalog row
	 * whose practice_scope is one of the physician's scopes, or equals one of those scopes (附件2 注3 "其他").
	 * 西学中 follows from the rows themselves: scope 中医专业 offers 内科, 外科, 妇产科专业, 儿科专业.
	 */
	public boolean allows(List<String> scopes, String specialty) {
		if (specialty == null || specialty.isBlank()) {
			return false;
		}
		// specialtiesFor(scopes).contains(wanted) without building the list: the ruling asks once per applicant
		String wanted = specialty.trim();
		Set<String> mine = trimmed(scopes);
		if (mine.contains(wanted)) {
			return true;
		}
		for (CatalogEntry entry : entries) {
			if (wanted.equals(entry.examSpecialty()) && mine.contains(entry.practiceScope())) {
				return true;
			}
		}
		return false;
	}

	/** The specialties offered for these scopes, in catalog order, then the scopes themselves (附件2 注1, 注3). */
	public List<String> specialtiesFor(List<String> scopes) {
		Set<String> mine = trimmed(scopes);
		Set<String> offered = new LinkedHashSet<>();
		for (CatalogEntry entry : entries) {
			if (mine.contains(entry.practiceScope())) {
				offered.add(entry.examSpecialty());
			}
		}
		offered.addAll(mine);
		return List.copyOf(offered);
	}

	/**
	 * The 报考专业 a physician chooses from (附件2): the exam specialties of the rows for these scopes whose board is
	 * one of {@code boards} (MUNICIPAL, and an association only once the physician is delegated to it: 注2), in
	 * catalog order; a scope with no row at all offers itself (注3 其他). Every choice is one {@link #allows} accepts.
	 */
	public List<String> choicesFor(List<String> scopes, Set<String> boards) {
		Set<String> mine = trimmed(scopes);
		Set<String> choices = new LinkedHashSet<>();
		Set<String> covered = new LinkedHashSet<>();
		for (CatalogEntry entry : entries) {
			if (mine.contains(entry.practiceScope())) {
				covered.add(entry.practiceScope());
				if (boards.contains(entry.board())) {
					choices.add(entry.examSpecialty());
				}
			}
		}
		for (String scope : mine) {
			if (!covered.contains(scope)) {
				choices.add(scope);
			}
		}
		return List.copyOf(choices);
	}

	/** The boards with a catalog row for one of these scopes (注2: a delegation goes to an association that tests the scope). */
	public Set<String> boardsFor(List<String> scopes) {
		Set<String> mine = trimmed(scopes);
		Set<String> boards = new LinkedHashSet<>();
		for (CatalogEntry entry : entries) {
			if (mine.contains(entry.practiceScope())) {
				boards.add(entry.board());
			}
		}
		return boards;
	}

	/** Plan §四(二): 藏医/蒙医 are tested offline; every other catalog specialty online. Empty if not in the catalog. */
	public Optional<ExamMode> examMode(String specialty) {
		return entries.stream()
			.filter(entry -> entry.examSpecialty().equals(specialty == null ? null : specialty.trim()))
			.map(CatalogEntry::examMode)
			.findFirst();
	}

	/** The boards (MUNICIPAL or an association, 附件2 注2) that test this specialty for these scopes. */
	public Set<String> boardsFor(List<String> scopes, String specialty) {
		Set<String> mine = trimmed(scopes);
		Set<String> boards = new LinkedHashSet<>();
		for (CatalogEntry entry : entries) {
			if (mine.contains(entry.practiceScope()) && entry.examSpecialty().equals(specialty)) {
				boards.add(entry.board());
			}
		}
		return boards;
	}

	private static Set<String> trimmed(List<String> values) {
		Set<String> result = new LinkedHashSet<>();
		if (values != null) {
			for (String value : values) {
				if (value != null && !value.isBlank()) {
					result.add(value.trim());
				}
			}
		}
		return result;
	}

}
