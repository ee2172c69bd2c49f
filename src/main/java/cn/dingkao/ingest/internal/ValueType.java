package cn.dingkao.ingest.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import cn.dingkao.message.PhoneNumbers;
import cn.dingkao.ruling.ApplicationStatus;
import cn.dingkao.ruling.CertType;
import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.ExamMode;
import cn.dingkao.ruling.Flag;
import cn.dingkao.ruling.Rating;

/**
 * How a column's text becomes a stored value (spec "Values, required fields, repeated keys"). The text
 * arrives trimmed and non-blank; blank values never reach {@link #parse}.
 */
public enum ValueType {

	TEXT,
	/** A cycle code: a year (the regular cycle) or a year and R (its re-assessment): a {@link Cycle}, staged as its code. */
	CYCLE,
	/** Y/N, also 是/否, case-insensitive. */
	FLAG,
	/** PASS/FAIL, also 合格/不合格. */
	RATING,
	DATE,
	TIMESTAMP,
	INTEGER,
	/** An integer ≥ 1 (attempt_no). */
	POSITIVE_INTEGER,
	/** An integer ≥ 0 (aid_months). */
	COUNT,
	/** Simplified-procedure category 1–7. */
	CATEGORY,
	/** A score: DECIMAL(6,2), 0 ≤ x < 10000. */
	SCORE,
	/** A district code of table {@code district}. */
	DISTRICT,
	/** A mainland mobile number, 11 digits 1[3-9]… (spec "Phones"); stored without separators or +86. */
	MOBILE,
	CERT_TYPE(names(CertType.values())),
	APPLICATION_STATUS(names(ApplicationStatus.values())),
	EXAM_MODE(names(ExamMode.values()));

	private static final Pattern ZERO_FRACTION = Pattern.compile("-?\\d+\\.0+");

	private static final List<DateTimeFormatter> DATES = List.of(pattern("uuuu-MM-dd"), pattern("uuuu/M/d"));

	private static final List<DateTimeFormatter> TIMESTAMPS = List.of(pattern("uuuu-MM-dd HH:mm:ss"),
			pattern("uuuu/M/d H:mm:ss"), pattern("uuuu-MM-dd HH:mm"));

	private final Set<String> allowed;

	ValueType() {
		this(Set.of());
	}

	ValueType(Set<String> allowed) {
		this.allowed = allowed;
	}

	Object parse(String text, Set<String> districts) throws InvalidValueException {
		return switch (this) {
			case TEXT -> text;
			case CYCLE -> cycle(text);
			case FLAG -> flag(text);
			case RATING -> rating(text);
			case DATE -> date(text);
			case TIMESTAMP -> timestamp(text);
			case INTEGER -> integer(text, Integer.MIN_VALUE, "整数", "an integer");
			case POSITIVE_INTEGER -> integer(text, 1, "不小于1的整数", "an integer ≥ 1");
			case COUNT -> integer(text, 0, "不小于0的整数", "an integer ≥ 0");
			case CATEGORY -> category(text);
			case SCORE -> score(text);
			case DISTRICT -> {
				if (!districts.contains(text)) {
					throw new InvalidValueException("所属区代码不存在", "unknown district code");
				}
				yield text;
			}
			case MOBILE -> {
				String phone = PhoneNumbers.normalize(text);
				if (phone == null) {
					throw new InvalidValueException("手机号码应为 11 位数字，以 13–19 开头",
							"mobile number must be 11 digits starting with 13–19");
				}
				yield phone;
			}
			case CERT_TYPE, APPLICATION_STATUS, EXAM_MODE -> enumValue(text);
		};
	}

	private String enumValue(String text) throws InvalidValueException {
		String value = text.toUpperCase(Locale.ROOT);
		if (!this.allowed.contains(value)) {
			throw new InvalidValueException("取值不在允许范围内 " + this.allowed.stream().sorted().toList(),
					"not one of " + this.allowed.stream().sorted().toList());
		}
		return value;
	}

	private static Cycle cycle(String text) throws InvalidValueException {
		try {
			return Cycle.of(stripZeroFraction(text));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidValueException("应为四位年份或年份加R（如 2026、2026R）", "expected a year or a year and R, e.g. 2026 or 2026R");
		}
	}

	private static String flag(String text) throws InvalidValueException {
		Flag flag = Flag.parse(text);
		if (flag == null) {
			throw new InvalidValueException("应为 Y/N 或 是/否", "expected Y/N");
		}
		return flag.name();
	}

	private static String rating(String text) throws InvalidValueException {
		Rating rating = Rating.parse(text);
		if (rating == null) {
			throw new InvalidValueException("应为 PASS/FAIL 或 合格/不合格", "expected PASS/FAIL");
		}
		return rating.name();
	}

	private static Set<String> names(Enum<?>[] values) {
		return java.util.Arrays.stream(values).map(Enum::name).collect(java.util.stream.Collectors.toSet());
	}

	static LocalDate date(String text) throws InvalidValueException {
		LocalDate plain = plainDate(text);
		if (plain != null) {
			return plain;
		}
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDate.parse(text, format);
			}
			catch (DateTimeParseException ex) {
				// try the next accepted format
			}
		}
		// a date cell of a workbook, or a date exported with a zero time of day
		try {
			LocalDateTime moment = timestamp(text);
			if (moment.toLocalTime().toSecondOfDay() == 0) {
				return moment.toLocalDate();
			}
		}
		catch (InvalidValueException ex) {
			// reported below
		}
		throw new InvalidValueException("日期格式错误，应为 yyyy-MM-dd", "unparsable date, expected yyyy-MM-dd");
	}

	static LocalDateTime timestamp(String text) throws InvalidValueException {
		LocalDateTime plain = plainTimestamp(text);
		if (plain != null) {
			return plain;
		}
		for (DateTimeFormatter format : TIMESTAMPS) {
			try {
				return LocalDateTime.parse(text, format);
			}
			catch (DateTimeParseException ex) {
				// try the next accepted format
			}
		}
		throw new InvalidValueException("时间格式错误，应为 yyyy-MM-dd HH:mm:ss",
				"unparsable timestamp, expected yyyy-MM-dd HH:mm:ss");
	}

	private static int integer(String text, int min, String zh, String en) throws InvalidValueException {
		int value;
		try {
			value = Integer.parseInt(stripZeroFraction(text));
		}
		catch (NumberFormatException ex) {
			throw new InvalidValueException("应为" + zh, "expected " + en);
		}
		if (value < min) {
			throw new InvalidValueException("应为" + zh, "expected " + en);
		}
		return value;
	}

	private static int category(String text) throws InvalidValueException {
		int value = integer(text, 1, "1–7 的整数", "an integer 1–7");
		if (value > 7) {
			throw new InvalidValueException("应为1–7 的整数", "expected an integer 1–7");
		}
		return value;
	}

	private static BigDecimal score(String text) throws InvalidValueException {
		BigDecimal value;
		try {
			value = new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			throw new InvalidValueException("成绩应为数字", "score is not a number");
		}
		if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(10000)) >= 0) {
			throw new InvalidValueException("成绩超出范围 0–9999.99", "score out of range 0–9999.99");
		}
		return value.setScale(2, RoundingMode.HALF_UP);
	}

	/**
	 * Workbooks store integers as numbers: "3.0" is 3. Only a text with a dot is matched, against a compiled pattern:
	 * String.matches compiled one for every value of every line (issue 26).
	 */
	private static String stripZeroFraction(String text) {
		int dot = text.indexOf('.');
		return dot > 0 && ZERO_FRACTION.matcher(text).matches() ? text.substring(0, dot) : text;
	}

	/**
	 * The common form {@code yyyy-MM-dd} read by hand, or null for anything else (including an impossible date such as
	 * 2026-02-30), which then goes through the formatters as before. A formatter costs a parse context and a resolve
	 * for every one of the import's half a million dates; the answer is the same as {@code uuuu-MM-dd} under STRICT.
	 */
	static LocalDate plainDate(String text) {
		if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 7);
		int day = digits(text, 8, 10);
		if (year < 0 || month < 0 || day < 0) {
			return null;
		}
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/** {@code yyyy-MM-dd HH:mm:ss} read by hand, or null (as {@link #plainDate}). */
	static LocalDateTime plainTimestamp(String text) {
		if (text.length() != 19 || text.charAt(10) != ' ' || text.charAt(13) != ':' || text.charAt(16) != ':') {
			return null;
		}
		LocalDate date = plainDate(text.substring(0, 10));
		int hour = digits(text, 11, 13);
		int minute = digits(text, 14, 16);
		int second = digits(text, 17, 19);
		if (date == null || hour < 0 || minute < 0 || second < 0) {
			return null;
		}
		try {
			return LocalDateTime.of(date, LocalTime.of(hour, minute, second));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/** The decimal number of the ASCII digits from {@code start} to {@code end}, or -1 if one is not a digit. */
	private static int digits(String text, int start, int end) {
		int value = 0;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	private static DateTimeFormatter pattern(String pattern) {
		return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
	}

}
