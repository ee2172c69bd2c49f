package cn.dingkao.summary;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps an exception's detail from restating what the masked 证件号码 hides (spec "District summary workbooks":
 * no cell holds a full certificate number, the details included). Whatever the ruling wrote — and databases of
 * earlier versions hold details with whole ID numbers — the workbook masks every ID number in the text, the
 * physician's own number in any form, and their birth date (the digits the mask hides), however it is written.
 */
final class DetailRedactor {

	/** An 18-character (or old 15-digit) resident ID number standing on its own. */
	private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])(\\d{17}[0-9Xx]|\\d{15})(?![0-9A-Za-z])");

	private static final String HIDDEN_DATE = "****-**-**";

	private DetailRedactor() {
	}

	static String redact(String detail, String certNo, LocalDate birthDate) {
		if (detail == null || detail.isEmpty()) {
			return "";
		}
		String text = detail;
		if (certNo != null && certNo.length() > 4) {
			text = text.replace(certNo, CertMask.mask(certNo));
		}
		Matcher matcher = ID_NUMBER.matcher(text);
		StringBuilder masked = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(masked, Matcher.quoteReplacement(CertMask.mask(matcher.group(1))));
		}
		matcher.appendTail(masked);
		text = masked.toString();
		for (LocalDate date : birthDates(certNo, birthDate)) {
			for (String written : writings(date)) {
				text = text.replace(written, HIDDEN_DATE);
			}
		}
		return text;
	}

	/** The roster's birth date and the one the number carries (they differ for BIRTH_DATE_MISMATCH). */
	private static Set<LocalDate> birthDates(String certNo, LocalDate birthDate) {
		Set<LocalDate> dates = new LinkedHashSet<>();
		if (birthDate != null) {
			dates.add(birthDate);
		}
		if (certNo != null && certNo.length() == 18) {
			parse(certNo.substring(6, 14)).ifPresent(dates::add);
		}
		return dates;
	}

	private static java.util.Optional<LocalDate> parse(String yyyyMMdd) {
		try {
			return java.util.Optional.of(LocalDate.parse(yyyyMMdd, DateTimeFormatter.BASIC_ISO_DATE));
		}
		catch (RuntimeException ex) {
			return java.util.Optional.empty();
		}
	}

	private static Set<String> writings(LocalDate date) {
		Set<String> forms = new LinkedHashSet<>();
		int y = date.getYear();
		int m = date.getMonthValue();
		int d = date.getDayOfMonth();
		// concatenation rather than String.format, which was a twentieth of the workbooks' time (issue 26)
		String mm = m < 10 ? "0" + m : Integer.toString(m);
		String dd = d < 10 ? "0" + d : Integer.toString(d);
		forms.add(date.toString());
		forms.add(date.format(DateTimeFormatter.BASIC_ISO_DATE));
		forms.add(y + "/" + mm + "/" + dd);
		forms.add(y + "." + mm + "." + dd);
		forms.add(y + "年" + mm + "月" + dd + "日");
		forms.add(y + "年" + m + "月" + d + "日");
		forms.add(y + "-" + m + "-" + d);
		forms.add(y + "/" + m + "/" + d);
		return forms;
	}

}
