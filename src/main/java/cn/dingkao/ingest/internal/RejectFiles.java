package cn.dingkao.ingest.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import de.siegmar.fastcsv.writer.CsvWriter;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Renders {@code <out>/rejects/<file name>.rejects.csv} from table {@code import_reject}: the table is the
 * truth (it survives restarts), the file is what the operator opens — UTF-8 with BOM so that Excel shows the
 * Chinese. A file without rejections leaves no reject file (an older one of the same name is removed).
 */
@Component
public class RejectFiles {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private final JdbcTemplate jdbc;

	RejectFiles(JdbcTemplate jdbc) {
		this.jdbc = new JdbcTemplate(jdbc.getDataSource());
		// rows are streamed to the file, never collected
		this.jdbc.setFetchSize(1000);
	}

	public static Path rejectFile(Path out, String fileName) {
		return out.resolve("rejects").resolve(fileName + ".rejects.csv");
	}

	/** Writes the reject file of a file; returns it, or null when the file had no rejections. */
	public Path write(Path out, long fileId, String fileName) {
		Path target = rejectFile(out, fileName);
		try {
			Integer any = this.jdbc.queryForObject("select count(*) from import_reject where file_id = ?",
					Integer.class, fileId);
			if (any == null || any == 0) {
				Files.deleteIfExists(target);
				return null;
			}
			Files.createDirectories(target.getParent());
			Path partial = target.resolveSibling(target.getFileName() + ".part");
			try (OutputStream stream = Files.newOutputStream(partial)) {
				stream.write(BOM);
				try (CsvWriter csv = CsvWriter.builder().build(stream, StandardCharsets.UTF_8)) {
					csv.writeRecord("文件", "行号", "列", "值", "原因", "reason");
					this.jdbc.query("select line_no, column_name, raw_value, reason_zh, reason_en from import_reject"
							+ " where file_id = ? order by line_no, column_name", rs -> {
								csv.writeRecord(fileName, String.valueOf(rs.getLong(1)), nullToEmpty(rs.getString(2)),
										nullToEmpty(rs.getString(3)), rs.getString(4), rs.getString(5));
							}, fileId);
				}
			}
			Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

}
