package cn.dingkao.summary;

import java.lang.reflect.Field;
import java.time.LocalDate;

import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.Severity;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The parts of 数据异常 and the titles that need no database. */
class SummaryDetailTests {

	@Test
	@DisplayName("spec §District summary workbooks: a detail never holds a full ID number — the physician's own in any form, or any other")
	void detailsMaskNumbers() {
		assertThat(DetailRedactor.redact("名单中的 110105199001011234 与 11010519850202567X、110105850202123 有误",
				"110105199001011234", null))
			.isEqualTo("名单中的 110105********1234 与 110105********567X、***********2123 有误");
		assertThat(DetailRedactor.redact("回乡证 H01234567 无效", "H01234567", null)).isEqualTo("回乡证 *****4567 无效");
		// a long number inside a code is not an ID number
		assertThat(DetailRedactor.redact("机构PDY10123X11011511A1223", "110105199001011234", null))
			.isEqualTo("机构PDY10123X11011511A1223");
		assertThat(DetailRedactor.redact(null, "110105199001011234", null)).isEmpty();
	}

	@Test
	@DisplayName("spec §District summary workbooks: a detail never restates the birth date the mask hides, from the number or the roster, however written")
	void detailsHideBirthDates() {
		String certNo = "110105199001011234";
		LocalDate roster = LocalDate.of(1990, 2, 1);
		assertThat(DetailRedactor.redact("名册出生日期1990-02-01与证件号码中的19900101不一致", certNo, roster))
			.isEqualTo("名册出生日期****-**-**与证件号码中的****-**-**不一致");
		assertThat(DetailRedactor.redact("出生日期1990年1月1日、1990/01/01、1990年02月01日晚于1966-12-31", certNo, roster))
			.isEqualTo("出生日期****-**-**、****-**-**、****-**-**晚于1966-12-31");
	}

	@Test
	@DisplayName("spec §District summary workbooks: a detail cites the input file and line; one that names none gets the application's, evaluation's or roster's")
	void sourceOfAnException() throws Exception {
		assertThat(ExceptionSource.of(row("EXAM_WRONG_ORG", "测评记录（exam_attempts.csv 第 43 行，网上考核第1次）的考核机构…")))
			.isEqualTo("exam_attempts.csv 第 43 行");
		assertThat(ExceptionSource.of(row("UNKNOWN_ORG", "机构评价（evaluations.xlsx 第 72 行）的评价机构不在机构名单中")))
			.isEqualTo("evaluations.xlsx 第 72 行");
		ExceptionRow duplicate = row("DUPLICATE_APPLICATION", "该医师本年度的考核申请有重复记录，已保留提交时间较晚的一条");
		set(duplicate, "applicationFile", "applications.csv");
		set(duplicate, "applicationLine", 15L);
		set(duplicate, "rosterFile", "roster.csv");
		set(duplicate, "rosterLine", 2L);
		assertThat(ExceptionSource.of(duplicate)).isEqualTo("applications.csv 第 15 行");
		ExceptionRow conflict = row("EVALUATION_CONFLICT", "机构X对该医师的评价记录重复且结论不同，已取较差结论");
		set(conflict, "evaluationFile", "evaluations.xlsx");
		set(conflict, "evaluationLine", 20L);
		assertThat(ExceptionSource.of(conflict)).isEqualTo("evaluations.xlsx 第 20 行");
		ExceptionRow identity = row("INVALID_CERT_NO", "校验位错误");
		set(identity, "rosterFile", "roster.csv");
		set(identity, "rosterLine", 75L);
		assertThat(ExceptionSource.of(identity)).isEqualTo("roster.csv 第 75 行");
		assertThat(ExceptionSource.of(row("SIMPLIFIED_INELIGIBLE", "缺少证明材料编号"))).isEmpty();
	}

	@Test
	@DisplayName("spec §District summary workbooks: 错误 for data an office must correct (the code's severity, whatever was stored), 警告 otherwise")
	void severityFromTheVocabulary() throws Exception {
		ExceptionRow stored = row("INVALID_CERT_NO", "");
		set(stored, "severity", Severity.WARN);
		assertThat(ExceptionSheet.severity(stored).label()).isEqualTo("错误");
		assertThat(ExceptionSheet.severity(row("EXAM_AFTER_CLOSE", "")).label()).isEqualTo("警告");
		assertThat(ExceptionSheet.ERROR_CODES).contains("UNKNOWN_PHYSICIAN", "UNKNOWN_ORG", "INVALID_CERT_NO",
				"BIRTH_DATE_MISMATCH", "DUPLICATE_APPLICATION", "EVALUATION_CONFLICT").hasSize(6);
	}

	@Test
	@DisplayName("spec §The re-assessment: a 2026R workbook is titled 2026年度再次考核, with the data date")
	void titles() {
		ReportTitle title = new ReportTitle(new SummaryArea("110115", "大兴区"), Cycle.of("2026R"), LocalDate.of(2027, 7, 23));
		assertThat(title.title("汇总")).isEqualTo("大兴区 2026年度再次考核 · 汇总");
		assertThat(title.dataDate()).isEqualTo("数据截至 2027年7月23日");
		ReportTitle regular = new ReportTitle(SummaryArea.CITY, Cycle.of("2026"), LocalDate.of(2026, 8, 11));
		assertThat(regular.title("机构明细")).isEqualTo("北京市 2026年度医师定期考核 · 机构明细");
	}

	private static ExceptionRow row(String code, String detail) throws Exception {
		ExceptionRow row = new ExceptionRow();
		set(row, "code", code);
		set(row, "detail", detail);
		return row;
	}

	private static void set(ExceptionRow row, String field, Object value) throws Exception {
		Field f = ExceptionRow.class.getDeclaredField(field);
		f.setAccessible(true);
		f.set(row, value);
	}

}
