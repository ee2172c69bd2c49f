package cn.dingkao.generate;

import java.util.List;

import cn.dingkao.ingest.ImportKind;
import cn.dingkao.ingest.internal.Column;

/** The six input files with the spec's English header keys, in the order the importer reads them. */
enum InputFile {

	INSTITUTIONS("institutions.csv", "org_code", "org_name", "district_code", "exam_org"),
	ROSTER("roster.csv", "cert_type", "cert_no", "name", "gender", "birth_date", "practice_category", "practice_scopes",
			"main_org_code", "other_org_codes", "title", "title_date", "registered_on", "mobile"),
	APPLICATIONS("applications.csv", "cert_no", "cycle_year", "specialty", "status", "submitted_at", "approved_at",
			"simplified", "simplified_category", "evidence_ref", "evidence_date", "aid_months", "exam_org_code"),
	EVALUATIONS("evaluations.csv", "cert_no", "org_code", "cycle_year", "ethics", "performance", "evaluated_at",
			"confirmed"),
	EXAM_ATTEMPTS("exam_attempts.csv", "cert_no", "cycle_year", "attempt_no", "mode", "specialty", "law_score",
			"specialty_score", "passed", "taken_at", "exam_org_code"),
	HIDDEN("hidden.csv", "cert_no", "org_code", "cycle_year", "reason", "hidden_at", "unhidden_at");

	private final String fileName;

	private final List<String> header;

	InputFile(String fileName, String... header) {
		this.fileName = fileName;
		this.header = List.of(header);
	}

	String fileName() {
		return this.fileName;
	}

	/** The name without extension: the importer's kind. */
	String baseName() {
		return this.fileName.substring(0, this.fileName.indexOf('.'));
	}

	/** The header in the Chinese labels the importer reads (the first label of each column, as the spec gives it). */
	List<String> chineseHeader() {
		ImportKind kind = ImportKind.valueOf(name());
		return this.header.stream().map(key -> label(kind, key)).toList();
	}

	private static String label(ImportKind kind, String key) {
		for (Column column : kind.columns()) {
			if (column.key().equals(key) && !column.labels().isEmpty()) {
				return column.labels().get(0);
			}
		}
		return key;
	}

	List<String> header() {
		return this.header;
	}

}
