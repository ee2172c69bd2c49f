package cn.dingkao.summary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A workbook copied with another business date (issue 26): when nothing a workbook shows but its date has changed
 * ({@link SummaryBasis}), the night copies the earlier workbook instead of reading and writing every row again.
 * The date is in each sheet's subtitle (row 2) and in its printed footer, written by {@link ReportTitle}; the copy
 * replaces it there and only there — in the rows before the first table row and after the sheet's data, never in a
 * data row, whatever the data says. A sheet that does not hold the date exactly once in each place is not a
 * workbook this program wrote as expected: the copy is given up and the workbook is written anew.
 */
final class DatedWorkbookCopy {

	private static final byte[] FIRST_TABLE_ROW = bytes("<row r=\"3\"");

	private static final byte[] END_OF_DATA = bytes("</sheetData>");

	/** A sheet's rows before its first table row (title, subtitle) and its part after the data are small. */
	private static final int MOST_AROUND_DATA = 1 << 20;

	private static final String SHEETS = "xl/worksheets/sheet";

	private DatedWorkbookCopy() {
	}

	/**
	 * Copies {@code from}, written for {@code fromDate}, to {@code target} (under a temp name, then renamed) with
	 * {@code toDate}; false, and nothing at {@code target}, when {@code from} is not laid out as expected.
	 */
	static boolean copy(Path from, LocalDate fromDate, Path target, LocalDate toDate) {
		byte[] before = bytes(ReportTitle.dataDate(fromDate));
		byte[] after = bytes(ReportTitle.dataDate(toDate));
		return SummaryFiles.replace(target, temp -> {
			try (ZipFile zip = new ZipFile(from.toFile());
					ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(temp))) {
				return copyEntries(zip, out, before, after);
			}
		});
	}

	private static boolean copyEntries(ZipFile zip, ZipOutputStream out, byte[] before, byte[] after)
			throws IOException {
		Enumeration<? extends ZipEntry> entries = zip.entries();
		while (entries.hasMoreElements()) {
			ZipEntry entry = entries.nextElement();
			ZipEntry copy = new ZipEntry(entry.getName());
			copy.setTime(entry.getTime());
			out.putNextEntry(copy);
			try (InputStream in = zip.getInputStream(entry)) {
				if (entry.getName().startsWith(SHEETS) && entry.getName().endsWith(".xml")) {
					if (!copySheet(in, out, before, after)) {
						return false;
					}
				}
				else {
					in.transferTo(out);
				}
			}
			out.closeEntry();
		}
		return true;
	}

	/** The sheet with the date replaced once before its first table row and once after its data. */
	private static boolean copySheet(InputStream in, OutputStream out, byte[] before, byte[] after)
			throws IOException {
		byte[] buffer = new byte[64 * 1024];
		// the rows before the first table row
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int headEnd = -1;
		while (headEnd < 0) {
			int read = in.read(buffer);
			if (read < 0 || head.size() > MOST_AROUND_DATA) {
				return false;
			}
			int searchFrom = Math.max(0, head.size() - FIRST_TABLE_ROW.length);
			head.write(buffer, 0, read);
			headEnd = indexOf(head.toByteArray(), FIRST_TABLE_ROW, searchFrom, head.size());
		}
		byte[] start = head.toByteArray();
		if (!replaceOnce(start, 0, headEnd, before, after, out)) {
			return false;
		}
		// the data, copied as it is, up to the end of the sheet's data
		byte[] pending = Arrays.copyOfRange(start, headEnd, start.length);
		int pendingLength = pending.length;
		int dataEnd = indexOf(pending, END_OF_DATA, 0, pendingLength);
		while (dataEnd < 0) {
			int keep = Math.min(pendingLength, END_OF_DATA.length - 1);
			out.write(pending, 0, pendingLength - keep);
			int read = in.read(buffer);
			if (read < 0) {
				return false;
			}
			byte[] next = new byte[keep + read];
			System.arraycopy(pending, pendingLength - keep, next, 0, keep);
			System.arraycopy(buffer, 0, next, keep, read);
			pending = next;
			pendingLength = next.length;
			dataEnd = indexOf(pending, END_OF_DATA, 0, pendingLength);
		}
		out.write(pending, 0, dataEnd);
		// what follows the data: the print settings and their footer
		ByteArrayOutputStream tail = new ByteArrayOutputStream();
		tail.write(pending, dataEnd, pendingLength - dataEnd);
		for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
			tail.write(buffer, 0, read);
			if (tail.size() > MOST_AROUND_DATA) {
				return false;
			}
		}
		byte[] end = tail.toByteArray();
		return replaceOnce(end, 0, end.length, before, after, out);
	}

	/** Writes {@code bytes[from, to)} with its one occurrence of {@code before} replaced; false if not exactly one. */
	private static boolean replaceOnce(byte[] bytes, int from, int to, byte[] before, byte[] after, OutputStream out)
			throws IOException {
		int at = indexOf(bytes, before, from, to);
		if (at < 0 || indexOf(bytes, before, at + before.length, to) >= 0) {
			return false;
		}
		out.write(bytes, from, at - from);
		out.write(after);
		out.write(bytes, at + before.length, to - at - before.length);
		return true;
	}

	private static int indexOf(byte[] bytes, byte[] pattern, int from, int to) {
		outer: for (int i = from; i <= to - pattern.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (bytes[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
