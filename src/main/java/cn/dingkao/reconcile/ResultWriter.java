package cn.dingkao.reconcile;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.Flag;
import cn.dingkao.ruling.PhysicianRecord;
import cn.dingkao.ruling.Warning;
import cn.dingkao.system.LoadData;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a chunk of rulings: a physician whose ruling is unchanged is left alone (same version, same
 * exceptions); a new one is inserted at version 1; a changed one gets version + 1, this run's id and
 * the business date, and its exceptions are replaced. All of it in the chunk's transaction, as JDBC batches
 * (new rows through LOAD DATA on MySQL).
 */
class ResultWriter implements ItemWriter<RuledPhysician> {

	static final List<String> RESULT_COLUMNS = List.of("cycle_year", "cert_no", "cert_type", "name", "main_org_code",
			"district_code", "outcome_code", "ethics", "performance", "business", "reasons", "warnings",
			"application_status", "specialty", "simplified", "all_sites_rated", "exam_passed", "lineage", "content_hash",
			"version", "run_id", "decided_on", "updated_at");

	static final String INSERT = "INSERT INTO result (" + String.join(", ", RESULT_COLUMNS) + ") VALUES ("
			+ String.join(", ", java.util.Collections.nCopies(RESULT_COLUMNS.size(), "?")) + ")";

	static final String UPDATE = """
			UPDATE result SET cert_type = ?, name = ?, main_org_code = ?, district_code = ?, outcome_code = ?,
			  ethics = ?, performance = ?, business = ?, reasons = ?, warnings = ?, application_status = ?,
			  specialty = ?, simplified = ?, all_sites_rated = ?, exam_passed = ?, lineage = ?, content_hash = ?,
			  version = ?, run_id = ?, decided_on = ?, updated_at = ?
			WHERE cycle_year = ? AND cert_no = ?""";

	// UNKNOWN_* rows belong to the set-based step, not to a physician's ruling
	static final String DELETE_EXCEPTIONS = """
			DELETE FROM ruling_exception WHERE cycle_year = ? AND cert_no = ?
			  AND code NOT IN ('UNKNOWN_PHYSICIAN', 'UNKNOWN_ORG')""";

	static final List<String> EXCEPTION_COLUMNS = List.of("cycle_year", "code", "severity", "cert_no", "org_code",
			"district_code", "detail", "run_id");

	static final String INSERT_EXCEPTION = "INSERT INTO ruling_exception (" + String.join(", ", EXCEPTION_COLUMNS)
			+ ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

	private final RangeReads reads;

	private final JdbcTemplate jdbc;

	private final LoadData loadData;

	private final Clock clock;

	private final Cycle cycle;

	private final long runId;

	private final LocalDate businessDate;

	ResultWriter(RangeReads reads, JdbcTemplate jdbc, LoadData loadData, Clock clock, Cycle cycle, long runId,
			LocalDate businessDate) {
		this.reads = reads;
		this.jdbc = jdbc;
		this.loadData = loadData;
		this.clock = clock;
		this.cycle = cycle;
		this.runId = runId;
		this.businessDate = businessDate;
	}

	@Override
	public void write(Chunk<? extends RuledPhysician> chunk) {
		List<? extends RuledPhysician> items = chunk.getItems();
		if (items.isEmpty()) {
			return;
		}
		// the reader hands physicians out in cert_no order: the chunk is the range from its first to its last
		String first = items.get(0).physician().certNo();
		String last = items.get(items.size() - 1).physician().certNo();
		Map<String, StoredResult> stored = this.reads.storedResults(this.cycle, first, last)
			.stream()
			.collect(Collectors.toMap(StoredResult::certNo, Function.identity()));
		Timestamp now = Timestamp.valueOf(LocalDateTime.now(this.clock));
		List<Object[]> inserts = new ArrayList<>();
		List<Object[]> updates = new ArrayList<>();
		List<RuledPhysician> changed = new ArrayList<>();
		List<String> updated = new ArrayList<>();
		for (RuledPhysician ruled : items) {
			StoredResult before = stored.get(ruled.physician().certNo());
			if (before == null) {
				inserts.add(insertArguments(ruled, now));
				changed.add(ruled);
			}
			else if (!before.contentHash().equals(ruled.contentHash())) {
				updates.add(updateArguments(ruled, before.version() + 1, now));
				updated.add(ruled.physician().certNo());
				changed.add(ruled);
			}
		}
		if (this.loadData.available()) {
			// a first night inserts every physician: the bulk path (updates stay few and batched)
			this.loadData.insert("result", RESULT_COLUMNS, inserts);
		}
		else {
			this.jdbc.batchUpdate(INSERT, inserts);
		}
		this.jdbc.batchUpdate(UPDATE, updates);
		this.jdbc.batchUpdate(DELETE_EXCEPTIONS, updated.stream().map(certNo -> new Object[] { this.cycle.code(), certNo }).toList());
		insertExceptions(changed);
	}

	private void insertExceptions(List<RuledPhysician> changed) {
		List<Object[]> rows = new ArrayList<>();
		for (RuledPhysician ruled : changed) {
			for (Warning warning : ruled.ruling().warnings()) {
				rows.add(new Object[] { this.cycle.code(), warning.code().name(), warning.code().severity().name(),
						ruled.physician().certNo(), warning.orgCode(), ruled.districtCode(),
						truncate(warning.detail(), 500), this.runId });
			}
		}
		if (this.loadData.available()) {
			this.loadData.insert("ruling_exception", EXCEPTION_COLUMNS, rows);
		}
		else {
			this.jdbc.batchUpdate(INSERT_EXCEPTION, rows);
		}
	}

	private Object[] insertArguments(RuledPhysician r, Timestamp now) {
		PhysicianRecord p = r.physician();
		return new Object[] { this.cycle.code(), p.certNo(), p.certType(), p.name(), p.mainOrgCode(), r.districtCode(),
				r.ruling().outcome().code(), r.ruling().ethics().name(), r.ruling().performance().name(),
				r.ruling().business().name(), r.reasons(), r.warningCodes(), r.applicationStatus(),
				r.specialty(), Flag.of(r.simplified()).name(), Flag.of(r.ruling().allSitesRated()).name(),
				Flag.of(r.ruling().examPassed()).name(), truncate(r.lineage(), 2000),
				r.contentHash(), 1, this.runId, this.businessDate, now };
	}

	private Object[] updateArguments(RuledPhysician r, int version, Timestamp now) {
		PhysicianRecord p = r.physician();
		return new Object[] { p.certType(), p.name(), p.mainOrgCode(), r.districtCode(), r.ruling().outcome().code(),
				r.ruling().ethics().name(), r.ruling().performance().name(), r.ruling().business().name(),
				r.reasons(), r.warningCodes(), r.applicationStatus(), r.specialty(),
				Flag.of(r.simplified()).name(), Flag.of(r.ruling().allSitesRated()).name(),
				Flag.of(r.ruling().examPassed()).name(), truncate(r.lineage(), 2000),
				r.contentHash(), version, this.runId, this.businessDate, now, this.cycle.code(), p.certNo() };
	}

	private static String truncate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

}
