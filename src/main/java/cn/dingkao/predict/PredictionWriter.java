package cn.dingkao.predict;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.Flag;
import cn.dingkao.ruling.NextStep;
import cn.dingkao.ruling.PhysicianRecord;
import cn.dingkao.system.LoadData;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a chunk of predictions, as the ruling's writer writes results: a physician whose prediction is unchanged
 * is left alone; a new one is inserted (on MySQL through LOAD DATA: the first morning inserts everyone), a changed
 * one updated with the run and the day. Idempotent, so a chunk written again after a crash changes nothing. The
 * web's recomputation after a change (run null) goes through the same code.
 */
class PredictionWriter implements ItemWriter<PredictedPhysician> {

	static final List<String> COLUMNS = List.of("cycle_year", "cert_no", "name", "main_org_code", "district_code",
			"outcome_code", "ethics", "performance", "business", "reasons", "next_step", "next_actor", "next_org",
			"deadline", "returned", "exam_mode", "tries_left", "open_steps", "content_hash", "run_id", "predicted_on",
			"updated_at");

	static final String INSERT = "INSERT INTO prediction (" + String.join(", ", COLUMNS) + ") VALUES ("
			+ String.join(", ", Collections.nCopies(COLUMNS.size(), "?")) + ")";

	static final String UPDATE = """
			UPDATE prediction SET name = ?, main_org_code = ?, district_code = ?, outcome_code = ?, ethics = ?,
			  performance = ?, business = ?, reasons = ?, next_step = ?, next_actor = ?, next_org = ?, deadline = ?,
			  returned = ?, exam_mode = ?, tries_left = ?, open_steps = ?, content_hash = ?, run_id = ?,
			  predicted_on = ?, updated_at = ?
			WHERE cycle_year = ? AND cert_no = ?""";

	private final JdbcTemplate jdbc;

	private final LoadData loadData;

	private final Clock clock;

	private final Cycle cycle;

	private final Long runId;

	private final LocalDate day;

	PredictionWriter(JdbcTemplate jdbc, LoadData loadData, Clock clock, Cycle cycle, Long runId, LocalDate day) {
		this.jdbc = jdbc;
		this.loadData = loadData;
		this.clock = clock;
		this.cycle = cycle;
		this.runId = runId;
		this.day = day;
	}

	@Override
	public void write(Chunk<? extends PredictedPhysician> chunk) {
		write(chunk.getItems());
	}

	/** @param items in cert_no order (the reader's order): the stored rows are read as one key range */
	void write(List<? extends PredictedPhysician> items) {
		if (items.isEmpty()) {
			return;
		}
		Map<String, String> stored = storedHashes(items.get(0).physician().certNo(),
				items.get(items.size() - 1).physician().certNo());
		Timestamp now = Timestamp.valueOf(LocalDateTime.now(this.clock));
		List<Object[]> inserts = new ArrayList<>();
		List<Object[]> updates = new ArrayList<>();
		for (PredictedPhysician item : items) {
			String before = stored.get(item.physician().certNo());
			if (before == null) {
				inserts.add(insertArguments(item, now));
			}
			else if (!before.equals(item.contentHash())) {
				updates.add(updateArguments(item, now));
			}
		}
		if (this.loadData.available() && inserts.size() > 1) {
			this.loadData.insert("prediction", COLUMNS, inserts);
		}
		else {
			this.jdbc.batchUpdate(INSERT, inserts);
		}
		this.jdbc.batchUpdate(UPDATE, updates);
	}

	private Map<String, String> storedHashes(String first, String last) {
		Map<String, String> hashes = new HashMap<>();
		this.jdbc.query("SELECT cert_no, content_hash FROM prediction WHERE cycle_year = ? AND cert_no >= ? AND cert_no <= ?",
				rs -> {
					hashes.put(rs.getString(1), rs.getString(2));
				}, this.cycle.code(), first, last);
		return hashes;
	}

	private Object[] insertArguments(PredictedPhysician item, Timestamp now) {
		PhysicianRecord p = item.physician();
		List<Object> values = new ArrayList<>(COLUMNS.size());
		values.add(this.cycle.code());
		values.add(p.certNo());
		values.addAll(rowValues(item));
		values.add(this.day);
		values.add(now);
		return values.toArray();
	}

	private Object[] updateArguments(PredictedPhysician item, Timestamp now) {
		List<Object> values = new ArrayList<>(COLUMNS.size());
		values.addAll(rowValues(item));
		values.add(this.day);
		values.add(now);
		values.add(this.cycle.code());
		values.add(item.physician().certNo());
		return values.toArray();
	}

	/** name … run_id, in the order of {@link #COLUMNS}. */
	private List<Object> rowValues(PredictedPhysician item) {
		PhysicianRecord p = item.physician();
		NextStep next = item.next();
		var ruling = item.prediction().ruling();
		List<Object> values = new ArrayList<>(18);
		values.add(p.name());
		values.add(p.mainOrgCode() == null ? "" : p.mainOrgCode());
		values.add(p.districtCode());
		values.add(ruling.outcome().code());
		values.add(ruling.ethics().name());
		values.add(ruling.performance().name());
		values.add(ruling.business().name());
		values.add(item.reasons());
		values.add(next == null ? null : next.step().name());
		values.add(next == null ? null : next.actor().name());
		values.add(next == null ? null : next.orgCode());
		values.add(next == null ? null : next.deadline());
		values.add(Flag.of(next != null && next.returned()).name());
		values.add(next == null || next.examMode() == null ? null : next.examMode().name());
		values.add(next == null ? null : next.triesLeft());
		values.add(item.openSteps());
		values.add(item.contentHash());
		values.add(this.runId);
		return values;
	}

}
