package cn.dingkao.summary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import cn.dingkao.ruling.Cycle;
import cn.dingkao.system.Sha256;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The workbooks written, each with its {@link SummaryBasis} (table summary_output): which earlier workbook of an area
 * still shows what a new night would show, but for its date.
 */
@Component
class SummaryOutputs {

	/** An earlier workbook of the same area, folder and basis, intact on disk. */
	record Earlier(Path file, LocalDate businessDate) {
	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	SummaryOutputs(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The latest workbook of {@code area} in {@code folder} written on the same basis for another business date whose
	 * file is still the one written (its SHA-256): a file removed, replaced or edited since is not copied.
	 */
	Optional<Earlier> earlier(Cycle cycle, Path folder, SummaryArea area, String basis, LocalDate businessDate) {
		List<Object[]> rows = this.jdbc.query("""
				SELECT file_name, sha256, business_date FROM summary_output
				 WHERE cycle_year = ? AND area_code = ? AND folder = ? AND basis = ? AND business_date <> ?
				 ORDER BY id DESC""",
				(rs, row) -> new Object[] { rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class) },
				cycle.code(), area.code(), key(folder), basis, businessDate);
		for (Object[] row : rows) {
			Path file = folder.resolve((String) row[0]);
			try {
				if (Files.isRegularFile(file) && Sha256.ofFile(file).equals(row[1])) {
					return Optional.of(new Earlier(file, (LocalDate) row[2]));
				}
			}
			catch (IOException ex) {
				// unreadable: not a file to copy; the workbook is written anew
			}
		}
		return Optional.empty();
	}

	/** Records the workbook just written to {@code file}, in place of an earlier record of the same file. */
	void record(Cycle cycle, LocalDate businessDate, SummaryArea area, Path file, String basis) throws IOException {
		String sha256 = Sha256.ofFile(file);
		Path folder = file.getParent();
		String fileName = file.getFileName().toString();
		this.jdbc.update("DELETE FROM summary_output WHERE folder = ? AND file_name = ?", key(folder), fileName);
		this.jdbc.update("""
				INSERT INTO summary_output (cycle_year, business_date, area_code, folder, file_name, sha256, basis,
				  written_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", cycle.code(), businessDate, area.code(), key(folder),
				fileName, sha256, basis, LocalDateTime.now(this.clock));
	}

	private static String key(Path folder) {
		return folder.toAbsolutePath().normalize().toString();
	}

}
