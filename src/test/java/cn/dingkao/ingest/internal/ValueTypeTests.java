package cn.dingkao.ingest.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import cn.dingkao.ruling.Cycle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("spec §Values: how a column's text becomes a stored value")
class ValueTypeTests {

	static final Set<String> DISTRICTS = Set.of("110115", "110105");

	static Object parse(ValueType type, String text) throws InvalidValueException {
		return type.parse(text, DISTRICTS);
	}

	@Test
	@DisplayName("spec The re-assessment: cycle_year holds a cycle code — a year, or a year and R (any case); a workbook's 2026.0 is 2026")
	void cycleCodes() throws Exception {
		assertThat(parse(ValueType.CYCLE, "2026")).isEqualTo(Cycle.regular(2026));
		assertThat(parse(ValueType.CYCLE, "2026R")).isEqualTo(Cycle.regular(2026).reassessmentCycle());
		assertThat(parse(ValueType.CYCLE, "2026r")).isEqualTo(Cycle.of("2026R"));
		assertThat(parse(ValueType.CYCLE, "2026.0")).isEqualTo(Cycle.regular(2026));
		assertThatThrownBy(() -> parse(ValueType.CYCLE, "26")).isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> parse(ValueType.CYCLE, "2026-R")).isInstanceOf(InvalidValueException.class);
	}

	@Test
	@DisplayName("spec §Values: Y/N also 是/否, case-insensitive; ratings PASS/FAIL also 合格/不合格")
	void flagsAndRatings() throws Exception {
		assertThat(parse(ValueType.FLAG, "y")).isEqualTo("Y");
		assertThat(parse(ValueType.FLAG, "是")).isEqualTo("Y");
		assertThat(parse(ValueType.FLAG, "否")).isEqualTo("N");
		assertThatThrownBy(() -> parse(ValueType.FLAG, "yes")).isInstanceOf(InvalidValueException.class);
		assertThat(parse(ValueType.RATING, "pass")).isEqualTo("PASS");
		assertThat(parse(ValueType.RATING, "不合格")).isEqualTo("FAIL");
		assertThatThrownBy(() -> parse(ValueType.RATING, "良好")).isInstanceOf(InvalidValueException.class);
	}

	@Test
	@DisplayName("spec §Values: enum values are case-insensitive and must be one of the spec's")
	void enums() throws Exception {
		assertThat(parse(ValueType.CERT_TYPE, "resident")).isEqualTo("RESIDENT");
		assertThat(parse(ValueType.APPLICATION_STATUS, "Approved")).isEqualTo("APPROVED");
		assertThat(parse(ValueType.EXAM_MODE, "simplified")).isEqualTo("SIMPLIFIED");
		assertThatThrownBy(() -> parse(ValueType.APPLICATION_STATUS, "PENDING"))
			.isInstanceOf(InvalidValueException.class)
			.satisfies(ex -> assertThat(((InvalidValueException) ex).reasonZh()).startsWith("取值不在允许范围内"));
	}

	@Test
	@DisplayName("spec §Values: dates yyyy-MM-dd or yyyy/M/d, or a workbook's date cell at 00:00:00; impossible dates rejected")
	void dates() throws Exception {
		assertThat(parse(ValueType.DATE, "2026-08-10")).isEqualTo(LocalDate.of(2026, 8, 10));
		assertThat(parse(ValueType.DATE, "2026/8/1")).isEqualTo(LocalDate.of(2026, 8, 1));
		assertThat(parse(ValueType.DATE, "2026-08-10 00:00:00")).isEqualTo(LocalDate.of(2026, 8, 10));
		assertThatThrownBy(() -> parse(ValueType.DATE, "2026-02-30")).isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> parse(ValueType.DATE, "2026-08-10 09:30:00")).isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> parse(ValueType.DATE, "10.08.2026")).isInstanceOf(InvalidValueException.class);
	}

	@Test
	@DisplayName("spec §Values: timestamps yyyy-MM-dd HH:mm:ss (Asia/Shanghai, as written)")
	void timestamps() throws Exception {
		assertThat(parse(ValueType.TIMESTAMP, "2026-08-10 23:59:59")).isEqualTo(LocalDateTime.of(2026, 8, 10, 23, 59, 59));
		assertThat(parse(ValueType.TIMESTAMP, "2026/8/10 9:05:00")).isEqualTo(LocalDateTime.of(2026, 8, 10, 9, 5));
		assertThatThrownBy(() -> parse(ValueType.TIMESTAMP, "2026-08-10T23:59:59"))
			.isInstanceOf(InvalidValueException.class);
	}

	@Test
	@DisplayName("spec §Values: attempt_no ≥ 1, aid_months ≥ 0, simplified_category 1–7; a workbook's 3.0 is 3")
	void integers() throws Exception {
		assertThat(parse(ValueType.POSITIVE_INTEGER, "3.0")).isEqualTo(3);
		assertThatThrownBy(() -> parse(ValueType.POSITIVE_INTEGER, "0")).isInstanceOf(InvalidValueException.class);
		assertThat(parse(ValueType.COUNT, "0")).isEqualTo(0);
		assertThatThrownBy(() -> parse(ValueType.COUNT, "-1")).isInstanceOf(InvalidValueException.class);
		assertThat(parse(ValueType.CATEGORY, "7")).isEqualTo(7);
		assertThatThrownBy(() -> parse(ValueType.CATEGORY, "8")).isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> parse(ValueType.INTEGER, "3.5")).isInstanceOf(InvalidValueException.class);
	}

	@Test
	@DisplayName("README: scores are numbers 0–9999.99, kept with two decimals")
	void scores() throws Exception {
		assertThat(parse(ValueType.SCORE, "88.5")).isEqualTo(new BigDecimal("88.50"));
		assertThatThrownBy(() -> parse(ValueType.SCORE, "10000")).isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> parse(ValueType.SCORE, "-1")).isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> parse(ValueType.SCORE, "八十")).isInstanceOf(InvalidValueException.class);
	}

	@Test
	@DisplayName("spec §Values: district_code must be one of reference/districts.csv")
	void districts() throws Exception {
		assertThat(parse(ValueType.DISTRICT, "110115")).isEqualTo("110115");
		assertThatThrownBy(() -> parse(ValueType.DISTRICT, "110199")).isInstanceOf(InvalidValueException.class);
	}


	@Test
	@DisplayName("spec §Values: the hand-read yyyy-MM-dd and yyyy-MM-dd HH:mm:ss give what the strict formatters give, on 200,000 seeded texts")
	void plainDatesAgreeWithTheFormatters() {
		SplittableRandom random = new SplittableRandom(26);
		DateTimeFormatter dates = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
			.withResolverStyle(ResolverStyle.STRICT);
		DateTimeFormatter moments = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT)
			.withResolverStyle(ResolverStyle.STRICT);
		String alphabet = "0123456789-: /a";
		for (int i = 0; i < 200_000; i++) {
			String date = String.format("%04d-%02d-%02d", random.nextInt(1900, 2101), random.nextInt(0, 14), random.nextInt(0, 33));
			String moment = date + String.format(" %02d:%02d:%02d", random.nextInt(0, 26), random.nextInt(0, 62), random.nextInt(0, 62));
			char[] chars = (random.nextBoolean() ? date : moment).toCharArray();
			if (random.nextInt(4) == 0) { // a character out of place
				chars[random.nextInt(chars.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
			}
			String text = new String(chars);
			LocalDate expectedDate;
			try {
				expectedDate = LocalDate.parse(text, dates);
			}
			catch (DateTimeParseException ex) {
				expectedDate = null;
			}
			LocalDateTime expectedMoment;
			try {
				expectedMoment = LocalDateTime.parse(text, moments);
			}
			catch (DateTimeParseException ex) {
				expectedMoment = null;
			}
			assertThat(ValueType.plainDate(text)).as(text).isEqualTo(expectedDate);
			assertThat(ValueType.plainTimestamp(text)).as(text).isEqualTo(expectedMoment);
		}
	}

	@Test
	@DisplayName("spec §Values: the other accepted forms and an impossible date still take the formatters' path")
	void otherDateForms() throws Exception {
		assertThat(parse(ValueType.DATE, "2026/8/1")).isEqualTo(LocalDate.of(2026, 8, 1));
		assertThat(parse(ValueType.DATE, "2026-08-01 00:00:00")).isEqualTo(LocalDate.of(2026, 8, 1));
		assertThat(parse(ValueType.TIMESTAMP, "2026/8/1 9:05:00")).isEqualTo(LocalDateTime.of(2026, 8, 1, 9, 5));
		assertThatThrownBy(() -> parse(ValueType.DATE, "2026-02-30")).isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> parse(ValueType.TIMESTAMP, "2026-08-01 24:00:00")).isInstanceOf(InvalidValueException.class);
	}
}
