package cn.dingkao.feed;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Iterator;

import cn.dingkao.ruling.Cycle;
import cn.dingkao.system.Sha256;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;

/**
 * The feed's files. Both are written under a temp name beside their final name and renamed once complete (data
 * file first, manifest last), so a reader that waits for the manifest never sees half a delivery.
 */
final class FeedFiles {

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private FeedFiles() {
	}

	static String fileName(Cycle cycle, LocalDate businessDate, int seq) {
		return String.format("DK_%s_%s_%04d.csv", cycle.code(), businessDate.format(DAY), seq);
	}

	static Path temp(Path folder, String name) {
		return folder.resolve("." + name + ".tmp");
	}

	/** Writes the data rows to the temp file; returns the row count and the file's SHA-256. */
	static Written writeData(Path folder, String fileName, Iterator<FeedRow> rows, LocalDate businessDate) {
		String decidedOn = businessDate.toString();
		MessageDigest sha256 = Sha256.newDigest();
		long count = 0;
		try {
			Files.createDirectories(folder);
			try (OutputStream out = new DigestOutputStream(
					new BufferedOutputStream(Files.newOutputStream(temp(folder, fileName)), 1 << 16), sha256);
					// REQUIRED = quote only fields holding the separator, a quote or a line break (RFC 4180 minimal)
					CsvWriter csv = CsvWriter.builder()
						.lineDelimiter(LineDelimiter.LF)
						.quoteStrategy(QuoteStrategies.REQUIRED)
						.build(out, StandardCharsets.UTF_8)) {
				csv.writeRecord(FeedRow.HEADER);
				while (rows.hasNext()) {
					csv.writeRecord(rows.next().fields(decidedOn));
					count++;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Written(count, Sha256.hex(sha256));
	}

	/**
	 * Writes to the temp file the FULL delivery {@code earlier} with {@code businessDate} as every row's decided_on
	 * (issue 26: a FULL on the same {@link FeedBasis} holds the same rows but for that field, the last of each row).
	 * Null, and no temp file, when the earlier file is not as recorded (gone, or its SHA-256 or row count differs) or
	 * a row does not end with the earlier date: the delivery is then written from the results.
	 */
	static Written copyWithDate(FeedDelivery earlier, Path folder, String fileName, LocalDate businessDate) {
		Path source = Path.of(earlier.getFolder()).resolve(earlier.getFileName());
		byte[] before = ("," + earlier.getBusinessDate()).getBytes(StandardCharsets.US_ASCII);
		byte[] after = ("," + businessDate).getBytes(StandardCharsets.US_ASCII);
		MessageDigest digest = Sha256.newDigest();
		MessageDigest written = Sha256.newDigest();
		Path temp = temp(folder, fileName);
		long records = 0;
		boolean asRecorded = false;
		try {
			if (!Files.isRegularFile(source)) {
				return null;
			}
			Files.createDirectories(folder);
			try (InputStream in = Files.newInputStream(source);
					OutputStream out = new DigestOutputStream(
							new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16), written)) {
				// a record ends at a line feed outside quotes (a quoted field may hold one); the header is the first
				byte[] chunk = new byte[1 << 16];
				byte[] record = new byte[1024];
				int length = 0;
				boolean quoted = false;
				for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
					digest.update(chunk, 0, read);
					for (int i = 0; i < read; i++) {
						byte b = chunk[i];
						if (length == record.length) {
							record = Arrays.copyOf(record, record.length * 2);
						}
						record[length++] = b;
						if (b == '"') {
							quoted = !quoted;
						}
						else if (b == '\n' && !quoted) {
							if (records > 0 && !endsWith(record, length - 1, before)) {
								return null;
							}
							if (records > 0) {
								out.write(record, 0, length - 1 - before.length);
								out.write(after);
								out.write('\n');
							}
							else {
								out.write(record, 0, length);
							}
							records++;
							length = 0;
						}
					}
				}
				if (length > 0 || records == 0) {
					return null;
				}
			}
			asRecorded = Sha256.hex(digest).equals(earlier.getSha256()) && records - 1 == earlier.getRowCount();
			return asRecorded ? new Written(records - 1, Sha256.hex(written)) : null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (!asRecorded) {
				discardTemps(folder, fileName);
			}
		}
	}

	private static boolean endsWith(byte[] bytes, int end, byte[] suffix) {
		if (end < suffix.length) {
			return false;
		}
		for (int i = 0; i < suffix.length; i++) {
			if (bytes[end - suffix.length + i] != suffix[i]) {
				return false;
			}
		}
		return true;
	}

	static void writeManifest(Path folder, FeedDelivery delivery) {
		String json = FeedManifest.of(delivery).toJson();
		try {
			Files.writeString(temp(folder, delivery.getManifestName()), json, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Moves the temp files of a recorded delivery to their final names. Idempotent: a restart after a crash
	 * between the database commit and the renames finishes the job.
	 */
	static void publish(FeedDelivery delivery) {
		Path folder = Path.of(delivery.getFolder());
		publish(folder, delivery.getFileName());
		publish(folder, delivery.getManifestName());
	}

	private static void publish(Path folder, String name) {
		Path temp = temp(folder, name);
		Path target = folder.resolve(name);
		try {
			if (Files.exists(temp)) {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			else if (!Files.exists(target)) {
				throw new IllegalStateException("已记录的交付文件丢失 (recorded feed file is missing): " + target);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void discardTemps(Path folder, String fileName) {
		try {
			Files.deleteIfExists(temp(folder, fileName));
			Files.deleteIfExists(temp(folder, fileName + ".manifest.json"));
		}
		catch (IOException ex) {
			// the next run writes over them
		}
	}


	record Written(long rows, String sha256) {
	}

}
