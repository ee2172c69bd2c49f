package cn.dingkao.reconcile;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import cn.dingkao.batch.JobRunner;
import cn.dingkao.testing.Tables;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code import} + {@code rule} on {@code sample-input/}, checked physician by physician against
 * {@code sample-input/expected-results.csv}, which was worked out by hand from the spec (each line says why).
 */
abstract class SampleRulingFunctionalTestsBase {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JobRunner jobRunner;

	@Autowired
	@Qualifier("importJob")
	Job importJob;

	@Autowired
	@Qualifier("ruleJob")
	Job ruleJob;

	@TempDir
	Path out;

	@Test
	void everyPhysicianOfTheSampleGetsTheHandWorkedResult() throws Exception {
		Tables.empty(this.jdbc);
		JobParameters parameters = new JobParametersBuilder().addString("cycle", "2026")
			.addLocalDate("date", LocalDate.of(2026, 8, 11))
			.addString("input", Path.of("sample-input").toAbsolutePath().toString(), false)
			.addString("out", this.out.toString(), false)
			.toJobParameters();
		assertThat(this.jobRunner.run(this.importJob, parameters, true).execution().getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jobRunner.run(this.ruleJob, parameters, true).execution().getStatus())
			.isEqualTo(BatchStatus.COMPLETED);

		List<String> mismatches = new ArrayList<>();
		int checked = 0;
		try (Reader reader = Files.newBufferedReader(Path.of("sample-input/expected-results.csv"), StandardCharsets.UTF_8);
				CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(reader)) {
			for (NamedCsvRecord expected : csv) {
				String certNo = expected.getField("cert_no");
				List<Map<String, Object>> rows = this.jdbc.queryForList(
						"SELECT outcome_code, reasons, warnings FROM result WHERE cycle_year = 2026 AND cert_no = ?", certNo);
				if (rows.size() != 1) {
					mismatches.add(certNo + ": no result row");
					continue;
				}
				Map<String, Object> actual = rows.get(0);
				TreeSet<String> warnings = new TreeSet<>(codes((String) actual.get("warnings")));
				warnings.addAll(this.jdbc.queryForList(
						"SELECT DISTINCT code FROM ruling_exception WHERE cycle_year = 2026 AND cert_no = ?", String.class,
						certNo));
				String got = actual.get("outcome_code") + " | " + actual.get("reasons") + " | " + String.join(";", warnings);
				String want = expected.getField("outcome_code") + " | " + expected.getField("reasons") + " | "
						+ String.join(";", new TreeSet<>(codes(expected.getField("warnings"))));
				if (!got.equals(want)) {
					mismatches.add(certNo + ": expected " + want + " but was " + got + "  (" + expected.getField("why") + ")");
				}
				checked++;
			}
		}
		assertThat(mismatches).as("physicians whose ruling differs from expected-results.csv").isEmpty();
		assertThat(checked).isEqualTo(this.jdbc.queryForObject("SELECT COUNT(*) FROM physician", Integer.class));
	}

	private static List<String> codes(String joined) {
		return joined == null || joined.isBlank() ? List.of()
				: Arrays.stream(joined.split(";")).map(String::trim).collect(Collectors.toList());
	}

}
