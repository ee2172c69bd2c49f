package cn.dingkao.summary;

import java.util.List;

import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.ResultStanding;
import cn.dingkao.system.Fingerprint;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The fingerprint of everything a cycle's workbooks show except their business date (issue 26): two nights with
 * the same fingerprint have workbooks that differ only in the date (数据截至, in each sheet's subtitle and footer).
 * <ul>
 * <li>the cycle's results ({@link Fingerprint#results});</li>
 * <li>the exceptions (of every cycle): their number and highest id — exceptions are only inserted and deleted,
 * never updated, so any change adds an id above the highest or lowers the number;</li>
 * <li>the input rows the exceptions cite (physician, application, evaluation): number, highest id, latest write
 * (every writer stamps its rows; a row that comes to cite another file is a write). The files they name are not:
 * a file's name never changes, and every night adds files (those it found imported before among them);</li>
 * <li>the institutions and districts, row by row (names, districts);</li>
 * <li>the build (a new build may lay the workbooks out differently), and the results' standing (预计 or final, and
 * the CLOSE date a prediction names).</li>
 * </ul>
 * A row changed by hand in the database without its stamp is not seen, as it is not by the ruling's scope. Cheap
 * next to the workbooks:
 * one pass over the cycle's results, an index range for the exceptions, and the highest keys of the inputs.
 */
@Component
class SummaryBasis {

	private static final List<String> CITED_INPUTS = List.of("physician", "application", "evaluation");

	private final JdbcTemplate jdbc;

	SummaryBasis(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	String of(Cycle cycle, ResultStanding standing) {
		Fingerprint fingerprint = new Fingerprint(this.jdbc).add(cycle.code()).results(cycle);
		// of every cycle: the count and the key's end, not a walk through the cycle's rows
		fingerprint.rows("SELECT COUNT(*), MAX(id) FROM ruling_exception");
		CITED_INPUTS.forEach(fingerprint::inputs);
		fingerprint.rows("SELECT org_code, org_name, district_code, exam_org FROM institution ORDER BY org_code")
			.rows("SELECT district_code, district_name FROM district ORDER BY district_code");
		return fingerprint.build(SummaryBasis.class)
			.add(standing == null ? "final" : standing.predicted() + " " + standing.close())
			.hex();
	}

}
