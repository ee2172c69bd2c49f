package cn.dingkao.summary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

import cn.dingkao.ruling.Cycle;

/** Where the workbooks go: {@code <out>/summary/<cycle>/<code>_<name>_定考汇总_<yyyyMMdd>.xlsx}. */
public final class SummaryFiles {

	private static final String SUFFIX = "_定考汇总_";

	private SummaryFiles() {
	}

	static Path path(Path out, Cycle cycle, LocalDate businessDate, SummaryArea area) {
		return folder(out, cycle).resolve(area.code() + "_" + area.name() + SUFFIX
				+ businessDate.format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx");
	}

	/** The workbooks of one business date, in file name order (district code, the city 110000 first). */
	public static List<Path> list(Path out, Cycle cycle, LocalDate businessDate) throws IOException {
		Path folder = folder(out, cycle);
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		String ending = SUFFIX + businessDate.format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx";
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(file -> file.getFileName().toString().endsWith(ending))
				.filter(file -> !file.getFileName().toString().startsWith("."))
				.sorted()
				.toList();
		}
	}

	/** What is written to the temp file beside a target; false when it is not to replace the target after all. */
	@FunctionalInterface
	interface Content {

		boolean writeTo(Path temp) throws IOException;

	}

	/**
	 * Writes {@code content} to a temp name beside {@code target} and renames it over the target, so a reader never
	 * sees half a workbook; the temp file never stays. False, and the target as it was, when the content says so.
	 */
	static boolean replace(Path target, Content content) {
		Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
		try {
			Files.createDirectories(target.getParent());
			boolean written = content.writeTo(temp);
			if (written) {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			return written;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			try {
				Files.deleteIfExists(temp);
			}
			catch (IOException ex) {
				// a leftover temp file is overwritten by the next run
			}
		}
	}

	private static Path folder(Path out, Cycle cycle) {
		return out.resolve("summary").resolve(cycle.code());
	}

}
