package cn.dingkao.reconcile;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import cn.dingkao.ruling.Cycle;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A hand-worked {@code expected-results.csv} of the sample ({@code cert_no,outcome_code,reasons,warnings,why}, one
 * line per physician ruled) compared with what the ruling stored: the outcome, the reasons, and the warnings of the
 * result row together with the physician's exception codes.
 */
final class ExpectedResults {

	/** The lines of the file by cert_no, in file order. */
	final Map<String, NamedCsvRecord> lines;

	private ExpectedResults(Map<String, NamedCsvRecord> lines) {
		this.lines = lines;
	}

	static ExpectedResults read(Path file) throws IOException {
		Map<String, NamedCsvRecord> lines = new LinkedHashMap<>();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(reader)) {
			for (NamedCsvRecord line : csv) {
				lines.put(line.getField("cert_no"), line);
			}
		}
		return new ExpectedResults(lines);
	}

	int outcome(String certNo) {
		return Integer.parseInt(this.lines.get(certNo).getField("outcome_code"));
	}

	/** One text per physician whose stored ruling of the cycle differs from its line (empty: all match). */
	List<String> mismatches(JdbcTemplate jdbc, Cycle cycle) {
		List<String> mismatches = new ArrayList<>();
		for (NamedCsvRecord expected : this.lines.values()) {
			String certNo = expected.getField("cert_no");
			List<Map<String, Object>> rows = jdbc.queryForList(
					"SELECT outcome_code, reasons, warnings FROM result WHERE cycle_year = ? AND cert_no = ?",
					cycle.code(), certNo);
			if (rows.size() != 1) {
				mismatches.add(certNo + ": no result row of " + cycle);
				continue;
			}
			Map<String, Object> actual = rows.get(0);
			TreeSet<String> warnings = new TreeSet<>(codes((String) actual.get("warnings")));
			warnings.addAll(jdbc.queryForList(
					"SELECT DISTINCT code FROM ruling_exception WHERE cycle_year = ? AND cert_no = ?", String.class,
					cycle.code(), certNo));
			String got = actual.get("outcome_code") + " | " + actual.get("reasons") + " | " + String.join(";", warnings);
			String want = expected.getField("outcome_code") + " | " + expected.getField("reasons") + " | "
					+ String.join(";", new TreeSet<>(codes(expected.getField("warnings"))));
			if (!got.equals(want)) {
				mismatches.add(certNo + ": expected " + want + " but was " + got + "  (" + expected.getField("why") + ")");
			}
		}
		return mismatches;
	}

	static List<String> codes(String joined) {
		return joined == null || joined.isBlank() ? List.of() : Arrays.stream(joined.split(";")).map(String::trim).toList();
	}

}
