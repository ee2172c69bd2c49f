package cn.dingkao.ingest.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.dingkao.ingest.ImportKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("spec §Values, required fields; §Bad input: one record checked against its kind's columns")
class LineValidatorTests {

	static final List<String> ROSTER_HEADER = List.of("cert_type", "cert_no", "name", "gender", "birth_date",
			"practice_category", "practice_scopes", "main_org_code", "other_org_codes", "title", "title_date",
			"registered_on");

	static final List<String> APPLICATION_HEADER = List.of("cert_no", "cycle_year", "specialty", "status",
			"submitted_at", "approved_at", "simplified", "simplified_category", "evidence_ref", "evidence_date",
			"aid_months", "exam_org_code");

	static ValidatedRow validate(ImportKind kind, List<String> header, SourceLine line) throws Exception {
		return new LineValidator(kind, () -> Set.of("110115")).validate(7, line, HeaderMapping.of(kind, header));
	}

	static SourceLine roster(String... fields) {
		return SourceLine.of(2, List.of(fields));
	}

	@Test
	@DisplayName("a valid roster line: typed values, the main org and each other org once as practice sites")
	void validRoster() throws Exception {
		ValidatedRow row = validate(ImportKind.ROSTER, ROSTER_HEADER, roster("resident", "110115199001011234", "张医生",
				"男", "1990/1/1", "临床", "内科专业", "ORG_A", "ORG_B；ORG_A; ORG_B ;", "主治医师", "", "2020-01-01"));
		assertThat(row.rejected()).isFalse();
		assertThat(row.values()).containsEntry("cert_type", "RESIDENT")
			.containsEntry("birth_date", LocalDate.of(1990, 1, 1))
			.containsEntry("title_date", null);
		assertThat(row.sites()).containsExactly(new ValidatedRow.Site("ORG_A", true), new ValidatedRow.Site("ORG_B", false));
	}

	@Test
	@DisplayName("spec §Bad input: a missing required field and an unparsable value each reject the row, naming the column and value")
	void requiredAndUnparsable() throws Exception {
		ValidatedRow row = validate(ImportKind.ROSTER, ROSTER_HEADER, roster("RESIDENT", "110115199001011234", "",
				"男", "1990-13-01", "临床", "", "ORG_A", "", "", "", ""));
		assertThat(row.rejected()).isTrue();
		assertThat(row.rejections()).extracting(Rejection::column).containsExactly("name", "birth_date");
		assertThat(row.rejections()).extracting(Rejection::reasonZh).containsExactly("必填项为空", "日期格式错误，应为 yyyy-MM-dd");
		assertThat(row.rejections()).allSatisfy(r -> assertThat(r.lineNo()).isEqualTo(2));
	}

	@Test
	@DisplayName("spec §Bad input: a value too long for its column rejects the row")
	void tooLong() throws Exception {
		ValidatedRow row = validate(ImportKind.ROSTER, ROSTER_HEADER, roster("RESIDENT", "1".repeat(33), "张医生", "男",
				"", "", "", "ORG_A", "", "", "", ""));
		assertThat(row.rejections()).singleElement().satisfies(r -> {
			assertThat(r.column()).isEqualTo("cert_no");
			assertThat(r.reasonZh()).startsWith("值过长");
		});
	}

	@Test
	@DisplayName("spec §Bad input: more fields than the header is unparsable; empty trailing fields are not")
	void fieldCount() throws Exception {
		List<String> fields = new java.util.ArrayList<>(List.of("RESIDENT", "110115199001011234", "张医生", "男", "", "",
				"", "ORG_A", "", "", "", ""));
		fields.add("");
		assertThat(validate(ImportKind.ROSTER, ROSTER_HEADER, SourceLine.of(3, fields)).rejected()).isFalse();
		fields.add("x");
		assertThat(validate(ImportKind.ROSTER, ROSTER_HEADER, SourceLine.of(3, fields)).rejections())
			.singleElement()
			.satisfies(r -> assertThat(r.reasonEn()).contains("more fields"));
	}

	@Test
	@DisplayName("spec §Bad input: a rejected record spanning physical lines 5–8 (a quote left open) rejects each of those lines")
	void swallowedLines() throws Exception {
		SourceLine record = SourceLine.of(5, 8, List.of("RESIDENT", "110115199001011234", "张医生\n李医生", "男", "", "",
				"", "ORG_A", "", "", "", ""));
		ValidatedRow row = validate(ImportKind.ROSTER, ROSTER_HEADER, record);
		assertThat(row.rejections()).extracting(Rejection::lineNo).containsExactly(5L, 6L, 7L, 8L);
		assertThat(row.rejections().get(1).reasonZh()).contains("第5行");
	}

	@Test
	@DisplayName("spec §required: submitted_at unless DRAFT; simplified_category when simplified = Y")
	void applicationRules() throws Exception {
		assertThat(validate(ImportKind.APPLICATIONS, APPLICATION_HEADER, SourceLine.of(2, List.of("110115199001011234",
				"2026", "内科专业", "DRAFT", "", "", "N", "", "", "", "", ""))).rejected()).isFalse();
		assertThat(validate(ImportKind.APPLICATIONS, APPLICATION_HEADER, SourceLine.of(2, List.of("110115199001011234",
				"2026", "内科专业", "SUBMITTED", "", "", "N", "", "", "", "", ""))).rejections())
			.extracting(Rejection::column)
			.containsExactly("submitted_at");
		assertThat(validate(ImportKind.APPLICATIONS, APPLICATION_HEADER, SourceLine.of(2, List.of("110115199001011234",
				"2026R", "内科专业", "SUBMITTED", "2027-03-02 10:00:00", "", "是", "", "", "", "", ""))).rejections())
			.extracting(Rejection::column)
			.containsExactly("simplified_category");
	}

	@Test
	@DisplayName("spec §Bad input: a line the reader could not parse is rejected with the reader's reason")
	void unparsable() throws Exception {
		ValidatedRow row = validate(ImportKind.ROSTER, ROSTER_HEADER, SourceLine.unparsable(9, "行过长", "line too long"));
		assertThat(row.rejections()).singleElement().satisfies(r -> assertThat(r.reasonEn()).isEqualTo("line too long"));
	}

}
