package cn.dingkao.testing;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/** Test helpers over the real tables: emptying the inputs and outputs between tests, and snapshots. */
public final class Tables {

	private static final List<String> DATA_TABLES = List.of("prediction_count", "prediction", "prediction_run", "feed_delivered_row", "feed_delivery", "feed_counter", "ruling_exception", "result", "rule_todo", "ruling_mark", "ruling_run", "input_conflict",
			"physician_hide", "exam_attempt", "evaluation", "application", "physician_site", "physician", "institution",
			"import_reject", "import_file");

	private Tables() {
	}

	public static void empty(JdbcTemplate jdbc) {
		for (String table : DATA_TABLES) {
			jdbc.update("DELETE FROM " + table);
		}
	}

	/** The rows of a query as maps, for comparing whole tables. */
	public static List<Map<String, Object>> snapshot(JdbcTemplate jdbc, String sql) {
		return jdbc.queryForList(sql);
	}

}
