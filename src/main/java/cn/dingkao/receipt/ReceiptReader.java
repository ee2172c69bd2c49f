package cn.dingkao.receipt;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.dingkao.ruling.ReceiptStatus;
import cn.dingkao.summary.CertMask;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Reads a receipt (spec "The registry's receipt": UTF-8, header {@code cert_no,status,reason_code,reason}, status
 * ACCEPTED or REJECTED, one row per data row of the delivery) and checks it against its delivery. Any fault refuses
 * it whole: a wrong header, bytes that are not UTF-8, a line with another number of fields or an unknown status, a
 * cert_no twice, a cert_no the delivery did not carry, a delivered row without an answer. The first fault is named
 * with its line, and how many there are in all. No database, no files: the caller opens the stream and records the
 * answers only when this returns.
 */
final class ReceiptReader {

	static final List<String> HEADER = List.of("cert_no", "status", "reason_code", "reason");

	static final int MAX_REASON_CODE = 64;

	static final int MAX_REASON = 500;

	private final String fileName;

	private final String deliveryName;

	private final DeliveredRows delivered;

	private final ReceiptAnswers answers;

	private Fault first;

	private long faults;

	private ReceiptReader(String fileName, String deliveryName, DeliveredRows delivered) {
		this.fileName = fileName;
		this.deliveryName = deliveryName;
		this.delivered = delivered;
		this.answers = new ReceiptAnswers(delivered.size());
	}

	/**
	 * The receipt's answer to each delivered row.
	 *
	 * @throws ReceiptRefusedException naming the first fault, when there is any
	 */
	static ReceiptAnswers read(InputStream bytes, String fileName, String deliveryName, DeliveredRows delivered) {
		ReceiptReader reader = new ReceiptReader(fileName, deliveryName, delivered);
		reader.readAll(bytes);
		reader.checkEveryRowAnswered();
		if (reader.first != null) {
			throw ReceiptRefusedException.of(fileName, reader.first.text()
					+ (reader.faults > 1 ? "；共 " + reader.faults + " 处问题 (" + reader.faults + " problems in all)" : ""));
		}
		return reader.answers;
	}

	private void readAll(InputStream bytes) {
		var utf8 = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		long lastLine = 0;
		boolean header = true;
		try (CsvReader<CsvRecord> csv = CsvReader.builder()
			.allowExtraFields(true)
			.allowMissingFields(true)
			.allowUnclosedQuote(false)
			.ofCsvRecord(new InputStreamReader(bytes, utf8))) {
			for (CsvRecord record : csv) {
				lastLine = record.getStartingLineNumber();
				if (header) {
					header = false;
					checkHeader(record);
				}
				else {
					row(record);
				}
			}
		}
		catch (CsvParseException | UncheckedIOException | IOException ex) {
			if (notUtf8(ex)) {
				throw refused(lastLine + 1, "文件不是 UTF-8 编码（如 GB18030），请按 UTF-8 提供",
						"the file is not UTF-8 (e.g. GB18030); the receipt must be UTF-8");
			}
			if (!(ex instanceof CsvParseException)) {
				throw new UncheckedIOException("读取回执失败 (cannot read the receipt) " + this.fileName,
						ex instanceof IOException io ? io : ((UncheckedIOException) ex).getCause());
			}
			throw refused(lastLine + 1, "CSV 格式错误（如引号未闭合）", "malformed CSV (e.g. a quote left open): "
					+ String.valueOf(ex.getMessage()).lines().findFirst().orElse(""));
		}
		if (header) {
			throw refused(1, "文件为空，缺少表头 " + String.join(",", HEADER), "the file is empty: no header "
					+ String.join(",", HEADER));
		}
	}

	private void checkHeader(CsvRecord record) {
		List<String> names = record.getFields()
			.stream()
			.map(name -> name.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT))
			.toList();
		if (!names.equals(HEADER)) {
			throw refused(record.getStartingLineNumber(), "表头应为 " + String.join(",", HEADER) + "，实为 "
					+ shorten(String.join(",", record.getFields())), "the header must be " + String.join(",", HEADER)
					+ ", not " + shorten(String.join(",", record.getFields())));
		}
	}

	private void row(CsvRecord record) {
		long line = record.getStartingLineNumber();
		if (record.getFieldCount() != HEADER.size()) {
			fault(line, "应有 4 个字段，实有 " + record.getFieldCount() + " 个",
					"4 fields expected, " + record.getFieldCount() + " found");
			return;
		}
		String cert = record.getField(0).trim();
		String statusField = record.getField(1);
		String reasonCode = record.getField(2).trim();
		String reason = record.getField(3).replaceAll("\\s+", " ").trim();
		if (cert.isEmpty()) {
			fault(line, "证件号码为空", "cert_no is blank");
			return;
		}
		if (lineBreak(cert) || lineBreak(statusField) || lineBreak(reasonCode)) {
			fault(line, "字段中含换行（多为引号未闭合）", "a field holds a line break (usually a quote left open)");
			return;
		}
		Optional<ReceiptStatus> status = ReceiptStatus.parse(statusField);
		if (status.isEmpty()) {
			fault(line, "状态应为 ACCEPTED 或 REJECTED，实为 " + shorten(statusField),
					"status must be ACCEPTED or REJECTED, not " + shorten(statusField));
			return;
		}
		if (reasonCode.length() > MAX_REASON_CODE) {
			fault(line, "原因代码超过 " + MAX_REASON_CODE + " 个字符", "reason_code is longer than " + MAX_REASON_CODE);
			return;
		}
		int index = this.delivered.indexOf(cert);
		if (index < 0) {
			fault(line, "证件号码 " + CertMask.mask(cert) + " 不在交付 " + this.deliveryName + " 中",
					"cert_no " + CertMask.mask(cert) + " was not in the delivery " + this.deliveryName);
			return;
		}
		if (line > Integer.MAX_VALUE) {
			throw refused(line, "行数过多", "too many lines");
		}
		String kept = reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
		if (!this.answers.answer(index, (int) line, status.get(), reasonCode, kept)) {
			long earlier = this.answers.line(index);
			fault(line, "证件号码 " + CertMask.mask(cert) + " 重复（第 " + earlier + " 行已有）",
					"cert_no " + CertMask.mask(cert) + " repeated (already on line " + earlier + ")");
		}
	}

	/** Every delivered row needs its answer: the first without one is named by its line in the delivery file. */
	private void checkEveryRowAnswered() {
		for (int index = 0; index < this.answers.rows(); index++) {
			if (this.answers.status(index) == null) {
				String cert = CertMask.mask(this.delivered.cert(index));
				long line = this.delivered.line(index);
				fault(new Fault(0, "交付 " + this.deliveryName + " 第 " + line + " 行（证件号码 " + cert + "）在回执中没有对应的行",
						"row " + line + " of the delivery " + this.deliveryName + " (cert_no " + cert
								+ ") has no row in the receipt"));
			}
		}
	}

	private void fault(long line, String zh, String en) {
		fault(new Fault(line, zh, en));
	}

	private void fault(Fault fault) {
		if (this.first == null) {
			this.first = fault;
		}
		this.faults++;
	}

	private ReceiptRefusedException refused(long line, String zh, String en) {
		return ReceiptRefusedException.of(this.fileName, new Fault(line, zh, en).text());
	}

	private static boolean notUtf8(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof CharacterCodingException) {
				return true;
			}
		}
		return false;
	}

	private static boolean lineBreak(String value) {
		return value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
	}

	private static String shorten(String value) {
		String line = value.replaceAll("\\s+", " ");
		return line.length() > 60 ? line.substring(0, 60) + "…" : line;
	}

	/** One thing wrong, at a receipt line (0 = not a line of the receipt). */
	private record Fault(long line, String zh, String en) {

		String text() {
			return line > 0 ? "第 " + line + " 行：" + zh + " (line " + line + ": " + en + ")" : zh + " (" + en + ")";
		}

	}

}
