package cn.dingkao.receipt;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;

import cn.dingkao.feed.FeedDelivery;
import cn.dingkao.system.CodePointOrder;
import cn.dingkao.system.Sha256;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * The rows of one delivery as it was sent: read back from its file, which must still be the file that was
 * delivered (its SHA-256 is recorded with the delivery), so that the receipt is checked against what the registry
 * received. Rows are held as two arrays in the file's order — cert_no in byte order, as the spec sorts the feed —
 * and found by binary search: about 60 bytes a row, so a delivery of a million rows fits the batch commands' heap.
 */
final class DeliveredRows {

	private static final int CERT_NO = 1;

	private static final int OUTCOME_CODE = 4;

	private static final List<String> HEADER_START = List.of("cert_type", "cert_no", "name", "cycle_year", "outcome_code");

	private final String[] certs;

	private final byte[] outcomes;

	private DeliveredRows(String[] certs, byte[] outcomes) {
		this.certs = certs;
		this.outcomes = outcomes;
	}

	/** For tests: rows as delivered, in byte order. */
	static DeliveredRows of(List<String> certs, byte outcome) {
		byte[] outcomes = new byte[certs.size()];
		Arrays.fill(outcomes, outcome);
		return new DeliveredRows(certs.toArray(String[]::new), outcomes);
	}

	/**
	 * Reads the delivery's file from the folder it was written to.
	 *
	 * @throws ReceiptRefusedException when the file is gone, differs from what was delivered, or is not a feed file
	 */
	static DeliveredRows read(FeedDelivery delivery, String receiptName) {
		Path file = Path.of(delivery.getFolder()).resolve(delivery.getFileName());
		long expected = delivery.getRowCount();
		if (expected > Integer.MAX_VALUE - 8) {
			throw ReceiptRefusedException.of(receiptName, "交付行数过多 (delivery too large): " + expected);
		}
		String[] certs = new String[(int) expected];
		byte[] outcomes = new byte[(int) expected];
		MessageDigest sha256 = Sha256.newDigest();
		int rows = 0;
		boolean wellFormed = true;
		// read to the end whatever the rows say, so that a changed file is told apart by its SHA-256
		try (InputStream in = new DigestInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16), sha256);
				CsvReader<CsvRecord> csv = CsvReader.builder()
					.allowExtraFields(true)
					.allowMissingFields(true)
					.ofCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			boolean header = true;
			for (CsvRecord record : csv) {
				if (header) {
					header = false;
					wellFormed = record.getFieldCount() >= HEADER_START.size()
							&& record.getFields().subList(0, HEADER_START.size()).equals(HEADER_START);
				}
				else if (wellFormed) {
					wellFormed = rows < certs.length && record.getFieldCount() > OUTCOME_CODE
							&& (rows == 0 || CodePointOrder.compare(certs[rows - 1], record.getField(CERT_NO)) < 0)
							&& record.getField(OUTCOME_CODE).matches("[0-4]");
					if (wellFormed) {
						certs[rows] = record.getField(CERT_NO);
						outcomes[rows] = Byte.parseByte(record.getField(OUTCOME_CODE));
						rows++;
					}
				}
			}
		}
		catch (NoSuchFileException ex) {
			throw ReceiptRefusedException.of(receiptName, "找不到所回复的交付文件 " + file + "，无法核对回执；请把该文件放回原处"
					+ " (the delivery file " + file + " is missing, so the receipt cannot be checked; put it back)");
		}
		catch (IOException | CsvParseException ex) {
			throw new UncheckedIOException("读取交付文件失败 (cannot read the delivery file) " + file,
					ex instanceof IOException io ? io : new IOException(ex));
		}
		if (!Sha256.hex(sha256).equals(delivery.getSha256())) {
			throw ReceiptRefusedException.of(receiptName, "交付文件 " + file + " 与交付时记录的 SHA-256 不符（已被改动），"
					+ "无法据此核对回执 (the delivery file " + file + " no longer matches the SHA-256 recorded when it was"
					+ " delivered, so the receipt cannot be checked against it)");
		}
		if (!wellFormed || rows != certs.length) {
			throw new IllegalStateException("交付文件 " + file + " 不是按规范写成的报送文件（表头、行数或证件号码顺序不符） (the delivery"
					+ " file " + file + " is not a feed file as the spec writes it: header, row count or cert_no order)");
		}
		return new DeliveredRows(certs, outcomes);
	}

	int size() {
		return this.certs.length;
	}

	/** The row's index, or -1 when the delivery did not carry this cert_no. */
	int indexOf(String cert) {
		int low = 0;
		int high = this.certs.length - 1;
		while (low <= high) {
			int mid = (low + high) >>> 1;
			int order = CodePointOrder.compare(this.certs[mid], cert);
			if (order < 0) {
				low = mid + 1;
			}
			else if (order > 0) {
				high = mid - 1;
			}
			else {
				return mid;
			}
		}
		return -1;
	}

	String cert(int index) {
		return this.certs[index];
	}

	int outcome(int index) {
		return this.outcomes[index];
	}

	/** The row's line in the delivery file (the header is line 1). */
	long line(int index) {
		return index + 2L;
	}

}
