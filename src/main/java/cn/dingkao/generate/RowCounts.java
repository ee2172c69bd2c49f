package cn.dingkao.generate;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.Map;

/** Rows written per file (under the name it was written as): good rows and the broken ones the importer must reject. */
public record RowCounts(Map<InputFile, long[]> rows, Map<InputFile, String> names) {

	static RowCounts of(InputWriters out) {
		Map<InputFile, long[]> rows = new EnumMap<>(InputFile.class);
		Map<InputFile, String> names = new EnumMap<>(InputFile.class);
		for (InputFile file : InputFile.values()) {
			rows.put(file, new long[] { out.goodRows(file), out.badRows(file) });
			names.put(file, out.fileName(file));
		}
		return new RowCounts(rows, names);
	}

	long good(InputFile file) {
		return this.rows.get(file)[0];
	}

	long bad(InputFile file) {
		return this.rows.get(file)[1];
	}

	public void print(PrintStream out) {
		out.printf("%-20s %12s %8s%n", "file 文件", "rows 行数", "dirt 脏行");
		long total = 0;
		for (InputFile file : InputFile.values()) {
			out.printf("%-20s %12d %8d%n", this.names.get(file), good(file) + bad(file), bad(file));
			total += good(file) + bad(file);
		}
		out.printf("%-20s %12d%n", "total 合计", total);
	}

}
