package cn.dingkao.generate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** sample-input/ is what its README says: the spec's formats, and an expected ruling for every roster physician. */
class SampleInputTests {

	private static final Path SAMPLE = Path.of("sample-input");

	@Test
	@DisplayName("roster.csv is GB18030 with Chinese headers; expected-results.csv has exactly one row per valid roster row")
	void expectedResultsCoverTheRoster() throws IOException {
		List<CsvRecord> roster = read("roster.csv", Charset.forName("GB18030"));
		assertThat(roster.get(0).getField(1)).isEqualTo("证件号码");
		Set<String> valid = roster.stream()
			.skip(1)
			.filter(r -> !r.getField(2).isEmpty() && !r.getField(4).equals("1990-02-30"))
			.map(r -> r.getField(1))
			.collect(Collectors.toSet());
		assertThat(valid).hasSizeGreaterThanOrEqualTo(300);

		List<CsvRecord> expected = read("expected-results.csv", StandardCharsets.UTF_8);
		assertThat(expected.get(0).getFields()).containsExactly("cert_no", "outcome_code", "reasons", "warnings", "why");
		Map<String, CsvRecord> byCert = new HashMap<>();
		expected.stream().skip(1).forEach(r -> byCert.put(r.getField(0), r));
		assertThat(byCert.keySet()).isEqualTo(valid);
		assertThat(expected.stream().skip(1).map(r -> r.getField(1)).distinct()).containsExactlyInAnyOrder("0", "1", "2",
				"3", "4");
	}

	@Test
	@DisplayName("GB 11643: RESIDENT numbers are valid unless the expected result says INVALID_CERT_NO")
	void residentNumbersValidUnlessFlagged() throws IOException {
		Map<String, String> warnings = new HashMap<>();
		read("expected-results.csv", StandardCharsets.UTF_8).stream()
			.skip(1)
			.forEach(r -> warnings.put(r.getField(0), r.getField(3)));
		int flagged = 0;
		for (CsvRecord r : roster().subList(1, roster().size())) {
			if (r.getField(0).equals("RESIDENT") && warnings.containsKey(r.getField(1))) {
				boolean invalid = warnings.get(r.getField(1)).contains("INVALID_CERT_NO");
				assertThat(ResidentIdNumbers.isValid(r.getField(1))).as(r.getField(1)).isEqualTo(!invalid);
				flagged += invalid ? 1 : 0;
			}
		}
		assertThat(flagged).isEqualTo(2);
	}

	@Test
	@DisplayName("applications.csv starts with a BOM; evaluations.xlsx opens in POI with real date cells")
	void applicationsBomAndWorkbookDates() throws IOException {
		byte[] applications = Files.readAllBytes(SAMPLE.resolve("applications.csv"));
		assertThat(applications).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		try (InputStream in = Files.newInputStream(SAMPLE.resolve("evaluations.xlsx"));
				Workbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("cert_no");
			int dateCells = 0;
			for (Row row : sheet) {
				Cell cell = row.getCell(5);
				if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
					assertThat(cell.getLocalDateTimeCellValue().getYear()).isEqualTo(2026);
					dateCells++;
				}
			}
			assertThat(dateCells).isEqualTo(3);
			assertThat(sheet.getLastRowNum()).isGreaterThan(300);
		}
	}

	private static List<CsvRecord> roster() throws IOException {
		return read("roster.csv", Charset.forName("GB18030"));
	}

	private static List<CsvRecord> read(String file, Charset charset) throws IOException {
		try (CsvReader<CsvRecord> reader = CsvReader.builder()
			.allowExtraFields(true)
			.allowMissingFields(true)
			.ofCsvRecord(SAMPLE.resolve(file), charset)) {
			return reader.stream().toList();
		}
	}

}
