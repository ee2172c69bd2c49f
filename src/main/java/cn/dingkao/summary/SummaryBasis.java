package cn.dingkao.summary;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.ResultStanding;
import cn.dingkao.system.BuildStamp;
import cn.dingkao.system.Sha256;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The fingerprint of everything a cycle's workbooks show except their business date (issue 26): two nights with
 * the same fingerprint have workbooks that differ only in the date (数据截至, in each sheet's subtitle and footer).
 * <ul>
 * <li>the cycle's results: their number, the sum of their versions, the latest run and time that wrote one — the
 * ruling writes only what changed, and every write raises the version and stamps the run and time;</li>
 * <li>the cycle's exceptions: their number and highest id — exceptions are only inserted and deleted, never
 * updated, so any change adds an id above the highest or lowers the number;</li>
 * <li>the input rows the exceptions cite (physician, application, evaluation): number, highest id, latest write
 * (every writer stamps its rows; a row that comes to cite another file is a write). The files they name are not:
 * a file's name never changes, and every night adds files (those it found imported before among them);</li>
 * <li>the institutions and districts, row by row (names, districts);</li>
 * <li>the build (a new build may lay the workbooks out differently), and the results' standing (预计 or final, and
 * the CLOSE date a prediction names).</li>
 * </ul>
 * Cheap next to the workbooks: one pass over the cycle's results, an index range for the exceptions, and the
 * highest keys of the inputs.
 */
@Component
class SummaryBasis {

	private static final List<String> CITED_INPUTS = List.of("physician", "application", "evaluation");

	private final JdbcTemplate jdbc;

	SummaryBasis(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	String of(Cycle cycle, ResultStanding standing) {
		MessageDigest digest = Sha256.newDigest();
		RowCallbackHandler rows = rs -> {
			int columns = rs.getMetaData().getColumnCount();
			for (int i = 1; i <= columns; i++) {
				update(digest, String.valueOf(rs.getString(i)));
			}
			digest.update((byte) '\n');
		};
		update(digest, cycle.code());
		this.jdbc.query("SELECT COUNT(*), SUM(version), MAX(run_id), MAX(updated_at) FROM result WHERE cycle_year = ?",
				rows, cycle.code());
		this.jdbc.query("SELECT COUNT(*), MAX(id) FROM ruling_exception WHERE cycle_year = ?", rows, cycle.code());
		for (String table : CITED_INPUTS) {
			this.jdbc.query("SELECT COUNT(*), MAX(id), MAX(updated_at) FROM " + table, rows);
		}
		this.jdbc.query("SELECT org_code, org_name, district_code, exam_org FROM institution ORDER BY org_code", rows);
		this.jdbc.query("SELECT district_code, district_name FROM district ORDER BY district_code", rows);
		update(digest, BuildStamp.of(SummaryBasis.class));
		update(digest, standing == null ? "final" : standing.predicted() + " " + standing.close());
		return Sha256.hex(digest);
	}

	private static void update(MessageDigest digest, String text) {
		digest.update(text.getBytes(StandardCharsets.UTF_8));
		digest.update((byte) 0);
	}

}
