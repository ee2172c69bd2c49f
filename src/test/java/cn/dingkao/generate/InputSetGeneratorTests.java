package cn.dingkao.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.dingkao.ruling.Cycle;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The generator writes the spec's six files with realistic proportions, deterministically, in any size. */
class InputSetGeneratorTests {

	private static final int N = 5000;

	@TempDir
	static Path folder;

	static RowCounts counts;

	@BeforeAll
	static void generate() throws IOException {
		counts = new InputSetGenerator(Cycle.regular(2026)).generate(N, 42, folder.resolve("a"));
	}

	@Test
	@DisplayName("same seed → byte-identical files; another seed → other files")
	void deterministicBySeed() throws IOException {
		new InputSetGenerator(Cycle.regular(2026)).generate(N, 42, folder.resolve("b"));
		new InputSetGenerator(Cycle.regular(2026)).generate(N, 43, folder.resolve("c"));
		for (InputFile file : InputFile.values()) {
			byte[] first = Files.readAllBytes(folder.resolve("a").resolve(file.fileName()));
			assertThat(Files.readAllBytes(folder.resolve("b").resolve(file.fileName()))).as(file.fileName())
				.isEqualTo(first);
			if (file != InputFile.INSTITUTIONS) {
				assertThat(Files.readAllBytes(folder.resolve("c").resolve(file.fileName()))).as(file.fileName())
					.isNotEqualTo(first);
			}
		}
	}

	@Test
	@DisplayName("spec §Data: every file parses as CSV UTF-8 with the spec's header keys; row counts as reported")
	void filesParseWithSpecHeaders() throws IOException {
		for (InputFile file : InputFile.values()) {
			List<CsvRecord> records = read(file);
			assertThat(records.get(0).getFields()).as(file.fileName()).isEqualTo(file.header());
			assertThat(records.size() - 1L).as(file.fileName()).isEqualTo(counts.good(file) + counts.bad(file));
			long wellFormed = records.stream().skip(1).filter(r -> r.getFieldCount() == file.header().size()).count();
			assertThat(wellFormed).as(file.fileName()).isGreaterThanOrEqualTo(counts.good(file));
		}
		assertThat(counts.good(InputFile.ROSTER)).isEqualTo(N);
	}

	@Test
	@DisplayName("spec §Bad input: dirt rows stay below max(10, 1 %) per file, yet some are there")
	void dirtBelowRefusalLimit() {
		long dirt = 0;
		for (InputFile file : InputFile.values()) {
			long rows = counts.good(file) + counts.bad(file);
			assertThat(counts.bad(file)).as(file.fileName()).isLessThanOrEqualTo(Math.max(10, rows / 100));
			dirt += counts.bad(file);
		}
		assertThat(dirt).isGreaterThan(20);
	}

	@Test
	@DisplayName("issue 24: about four in five roster rows carry a mobile, each a valid mainland number the import accepts")
	void mobiles() throws IOException {
		int withMobile = 0;
		for (Map<String, String> row : goodRows(InputFile.ROSTER)) {
			String mobile = row.get("mobile");
			if (!mobile.isEmpty()) {
				withMobile++;
				assertThat(cn.dingkao.message.PhoneNumbers.normalize(mobile)).as(mobile).isEqualTo(mobile);
			}
		}
		assertThat(withMobile).isGreaterThan(N * 7 / 10).isLessThan(N * 9 / 10);
	}

	@Test
	@DisplayName("GB 11643: every RESIDENT number has a valid check digit, matches the birth date, and is unique")
	void residentNumbersValid() throws IOException {
		Set<String> seen = new HashSet<>();
		int residents = 0;
		for (Map<String, String> row : goodRows(InputFile.ROSTER)) {
			assertThat(seen.add(row.get("cert_no"))).as("unique " + row.get("cert_no")).isTrue();
			if (row.get("cert_type").equals("RESIDENT")) {
				residents++;
				String cert = row.get("cert_no");
				assertThat(ResidentIdNumbers.isValid(cert)).as(cert).isTrue();
				assertThat(cert.substring(6, 14)).isEqualTo(row.get("birth_date").replace("-", ""));
				assertThat(cert.charAt(16) % 2 == 1).isEqualTo(row.get("gender").equals("男"));
				assertThat(java.util.Arrays.stream(Institutions.DISTRICTS).map(d -> d[0])).contains(cert.substring(0, 6));
			}
		}
		assertThat(residents).isGreaterThan(N * 97 / 100).isLessThan(N);
	}

	@Test
	@DisplayName("proportions: ~35 % multi-site, 2–3 % hidden, ~5 % not registered, ~3 % failing; institutions ~1/150 in 16 districts")
	void realisticProportions() throws IOException {
		List<Map<String, String>> roster = goodRows(InputFile.ROSTER);
		double multiSite = roster.stream().filter(r -> !r.get("other_org_codes").isEmpty()).count() / (double) N;
		assertThat(multiSite).isCloseTo(0.35, within(0.03));

		Set<String> hidden = certs(InputFile.HIDDEN);
		assertThat(hidden.size() / (double) N).isBetween(0.02, 0.035);

		Set<String> applied = certs(InputFile.APPLICATIONS);
		long withoutApplication = roster.stream()
			.filter(r -> !applied.contains(r.get("cert_no")) && !hidden.contains(r.get("cert_no")))
			.filter(r -> LocalDate.parse(r.get("registered_on")).isBefore(LocalDate.of(2026, 4, 1)))
			.count();
		assertThat(withoutApplication / (double) (N - hidden.size())).isCloseTo(0.05, within(0.012));

		Map<String, Integer> failedAttempts = new HashMap<>();
		Set<String> failing = new HashSet<>();
		for (Map<String, String> row : goodRows(InputFile.EXAM_ATTEMPTS)) {
			if (row.get("passed").equals("N")) {
				failedAttempts.merge(row.get("cert_no"), 1, Integer::sum);
			}
		}
		failedAttempts.forEach((cert, fails) -> {
			if (fails == 3) {
				failing.add(cert);
			}
		});
		goodRows(InputFile.EVALUATIONS).stream()
			.filter(r -> r.get("ethics").equals("FAIL") || r.get("performance").equals("FAIL"))
			.forEach(r -> failing.add(r.get("cert_no")));
		// 3 % fail by plan, plus the edges that fail too: a tie with another rating, a fourth try after three failures
		assertThat(failing.size() / (double) N).isCloseTo(0.035, within(0.012));

		List<Map<String, String>> institutions = goodRows(InputFile.INSTITUTIONS);
		assertThat(institutions.size()).isEqualTo(N / 150 + 1 + 2);
		assertThat(institutions.stream().map(r -> r.get("district_code")).distinct()).hasSize(16);
		assertThat(institutions.stream().map(r -> r.get("org_code")).distinct()).hasSize(institutions.size());
	}

	@Test
	@DisplayName("every site of an approved, not hidden physician gets an evaluation but for a few silent secondary sites; exams at most 3 online tries but for a few fourth tries")
	void evaluationsForEverySite() throws IOException {
		Map<String, Set<String>> rated = new HashMap<>();
		goodRows(InputFile.EVALUATIONS)
			.forEach(r -> rated.computeIfAbsent(r.get("cert_no"), k -> new HashSet<>()).add(r.get("org_code")));
		Set<String> hidden = certs(InputFile.HIDDEN);
		Map<String, String> status = new HashMap<>();
		goodRows(InputFile.APPLICATIONS).forEach(r -> status.put(r.get("cert_no"), r.get("status")));
		int checked = 0;
		int silent = 0;
		for (Map<String, String> row : goodRows(InputFile.ROSTER)) {
			String cert = row.get("cert_no");
			if ("APPROVED".equals(status.get(cert)) && !hidden.contains(cert)) {
				Set<String> sites = new HashSet<>(List.of((row.get("main_org_code") + ";" + row.get("other_org_codes")).split(";")));
				sites.remove("");
				assertThat(sites).as(cert).containsAll(rated.getOrDefault(cert, Set.of()));
				assertThat(rated.get(cert)).as(cert).contains(row.get("main_org_code"));
				silent += rated.get(cert).size() < sites.size() ? 1 : 0;
				checked++;
			}
		}
		assertThat(checked).isGreaterThan(N * 85 / 100);
		assertThat(silent).as("secondary sites that never rate").isBetween(1, checked * 3 / 100);
		List<Integer> attempts = goodRows(InputFile.EXAM_ATTEMPTS).stream().map(r -> Integer.parseInt(r.get("attempt_no"))).toList();
		assertThat(attempts).allSatisfy(a -> assertThat(a).isBetween(1, 4));
		assertThat(attempts.stream().filter(a -> a == 4).count()).as("fourth online tries").isBetween(1L, N / 200L);
	}

	private static List<CsvRecord> read(InputFile file) throws IOException {
		try (CsvReader<CsvRecord> reader = CsvReader.builder()
			.allowExtraFields(true)
			.allowMissingFields(true)
			.ofCsvRecord(folder.resolve("a").resolve(file.fileName()), StandardCharsets.UTF_8)) {
			return reader.stream().toList();
		}
	}

	/** Rows that the importer would accept: the right number of fields and no dirt marker. */
	private static List<Map<String, String>> goodRows(InputFile file) throws IOException {
		List<Map<String, String>> rows = new ArrayList<>();
		List<CsvRecord> records = read(file);
		for (CsvRecord record : records.subList(1, records.size())) {
			if (record.getFieldCount() != file.header().size() || isDirt(file, record)) {
				continue;
			}
			Map<String, String> row = new HashMap<>();
			for (int i = 0; i < file.header().size(); i++) {
				row.put(file.header().get(i), record.getField(i));
			}
			rows.add(row);
		}
		return rows;
	}

	private static boolean isDirt(InputFile file, CsvRecord r) {
		return switch (file) {
			case ROSTER -> r.getField(2).isEmpty() || r.getField(4).contains(".");
			case APPLICATIONS -> r.getField(3).equals("PENDING");
			case EVALUATIONS -> !r.getField(3).equals("PASS") && !r.getField(3).equals("FAIL");
			case EXAM_ATTEMPTS -> r.getField(5).equals("八十") || r.getField(8).substring(5, 7).equals("13");
			case HIDDEN -> r.getField(4).substring(5, 10).equals("02-30");
			default -> false;
		};
	}

	private static Set<String> certs(InputFile file) throws IOException {
		Set<String> certs = new HashSet<>();
		goodRows(file).forEach(r -> certs.add(r.get("cert_no")));
		return certs;
	}

}
