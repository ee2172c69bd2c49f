package cn.dingkao.summary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

	private static Path folder(Path out, Cycle cycle) {
		return out.resolve("summary").resolve(cycle.code());
	}

}
