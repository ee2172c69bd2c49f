package cn.dingkao.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain aligned table for the terminal. Chinese characters take two columns on a terminal, so widths
 * are measured in display columns, not chars.
 */
public final class TextTable {

	private final List<String[]> rows = new ArrayList<>();

	public TextTable(String... header) {
		this.rows.add(header);
	}

	public TextTable row(Object... cells) {
		String[] text = new String[cells.length];
		for (int i = 0; i < cells.length; i++) {
			text[i] = cells[i] == null ? "" : String.valueOf(cells[i]);
		}
		this.rows.add(text);
		return this;
	}

	public void print(PrintStream out) {
		int columns = this.rows.stream().mapToInt(r -> r.length).max().orElse(0);
		int[] widths = new int[columns];
		for (String[] row : this.rows) {
			for (int i = 0; i < row.length; i++) {
				widths[i] = Math.max(widths[i], displayWidth(row[i]));
			}
		}
		for (int r = 0; r < this.rows.size(); r++) {
			String[] row = this.rows.get(r);
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < row.length; i++) {
				line.append(row[i]).append(" ".repeat(widths[i] - displayWidth(row[i]))).append("  ");
			}
			out.println(line.toString().stripTrailing());
			if (r == 0) {
				int total = 0;
				for (int width : widths) {
					total += width + 2;
				}
				out.println("-".repeat(Math.max(0, total - 2)));
			}
		}
	}

	static int displayWidth(String text) {
		int width = 0;
		for (int i = 0; i < text.length(); i++) {
			width += text.charAt(i) >= 0x1100 ? 2 : 1;
		}
		return width;
	}

}
