package cn.dingkao.generate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

/**
 * sample-input/2026R/ is what its README says: the inbox of the re-assessment in the formats the spec accepts, and
 * an expected ruling for every physician of the population (the FAIL and DEFERRED lines of the 2026 sample).
 */
class ReassessmentSampleInputTests {

	private static final Path SAMPLE = Path.of("sample-input");

	private static final Path INBOX = SAMPLE.resolve("2026R");

	@Test
	@DisplayName("spec The re-assessment: expected-results.csv of 2026R has one line per FAIL or DEFERRED physician of 2026")
	void expectedResultsCoverThePopulation() throws IOException {
		Set<String> population = read(SAMPLE.resolve("expected-results.csv"), StandardCharsets.UTF_8).stream()
			.skip(1)
			.filter(r -> r.getField(1).equals("2") || r.getField(1).equals("4"))
			.map(r -> r.getField(0))
			.collect(Collectors.toSet());
		List<CsvRecord> expected = read(INBOX.resolve("expected-results.csv"), StandardCharsets.UTF_8);
		assertThat(expected.get(0).getFields()).containsExactly("cert_no", "outcome_code", "reasons", "warnings", "why");
		assertThat(expected.stream().skip(1).map(r -> r.getField(0))).containsExactlyInAnyOrderElementsOf(population);
		assertThat(expected.stream().skip(1).map(r -> r.getField(1)))
			.as("no second deferral: nobody is DEFERRED in 2026R")
			.doesNotContain("4");
	}

	@Test
	@DisplayName("sample-input/2026R: GB18030 files with Chinese headers, a cycle_year written 2026r, two 2026 rows, a BOM")
	void formatsAsTheReadmeSays() throws IOException {
		List<CsvRecord> roster = read(INBOX.resolve("roster.csv"), Charset.forName("GB18030"));
		assertThat(roster.get(0).getField(1)).isEqualTo("证件号码");
		assertThat(Files.readString(INBOX.resolve("roster.csv"), Charset.forName("GB18030"))).contains("\r\n");
		List<CsvRecord> applications = read(INBOX.resolve("applications.csv"), Charset.forName("GB18030"));
		assertThat(applications.get(0).getField(1)).isEqualTo("考核年度");
		assertThat(applications.stream().map(r -> r.getField(1))).contains("2026r", "2026R");
		assertThat(read(INBOX.resolve("exam_attempts.csv"), StandardCharsets.UTF_8).stream().map(r -> r.getField(1)))
			.contains("2026", "2026R");
		byte[] hidden = Files.readAllBytes(INBOX.resolve("hidden.csv"));
		assertThat(hidden).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		assertThat(new String(hidden, StandardCharsets.UTF_8)).contains(",2026,");
	}

	@Test
	@DisplayName("sample-input/2026R: evaluations.xlsx opens in POI, Chinese headers, the CLOSE day and the day after as real date cells")
	void workbookWithDateCells() throws IOException {
		try (InputStream in = Files.newInputStream(INBOX.resolve("evaluations.xlsx"));
				Workbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(workbook.getSheetName(0)).isEqualTo("机构评价");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("证件号码");
			int dateCells = 0;
			for (Row row : sheet) {
				Cell cell = row.getCell(5);
				if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
					assertThat(cell.getLocalDateTimeCellValue().toLocalDate().toString()).isIn("2027-07-22",
							"2027-07-23");
					dateCells++;
				}
			}
			assertThat(dateCells).isEqualTo(2);
		}
	}

	private static List<CsvRecord> read(Path file, Charset charset) throws IOException {
		try (CsvReader<CsvRecord> reader = CsvReader.builder()
			.allowExtraFields(true)
			.allowMissingFields(true)
			.ofCsvRecord(file, charset)) {
			return reader.stream().toList();
		}
	}

}
