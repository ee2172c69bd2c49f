package cn.dingkao.receipt;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.dingkao.ruling.Cycle;

/**
 * A receipt's file name, {@code DK_<cycle>_<yyyyMMdd>_<seq>.receipt.csv}: it names the delivery it answers,
 * {@code DK_<cycle>_<yyyyMMdd>_<seq>.csv}.
 */
record ReceiptName(String fileName, Cycle cycle, LocalDate date, int seq) {

	static final String SUFFIX = ".receipt.csv";

	private static final Pattern NAME = Pattern.compile("DK_(\\d{4}R?)_(\\d{8})_(\\d{4,9})\\.receipt\\.csv");

	static ReceiptName parse(String fileName) {
		Matcher matcher = NAME.matcher(fileName);
		if (!matcher.matches()) {
			throw ReceiptRefusedException.of(fileName, "文件名应为 DK_<年度>_<yyyyMMdd>_<序号>.receipt.csv，据此找到所回复的交付"
					+ " (the name must be DK_<cycle>_<yyyyMMdd>_<seq>.receipt.csv, naming the delivery it answers)");
		}
		try {
			return new ReceiptName(fileName, Cycle.of(matcher.group(1)),
					LocalDate.parse(matcher.group(2), DateTimeFormatter.BASIC_ISO_DATE), Integer.parseInt(matcher.group(3)));
		}
		catch (DateTimeParseException | IllegalArgumentException ex) {
			throw ReceiptRefusedException.of(fileName, "文件名中的年度或日期无效 (the cycle or date in the name is invalid)");
		}
	}

	/** The file name of the delivery this receipt answers. */
	String deliveryFileName() {
		return this.fileName.substring(0, this.fileName.length() - SUFFIX.length()) + ".csv";
	}

}
