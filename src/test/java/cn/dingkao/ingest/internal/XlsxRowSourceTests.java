package cn.dingkao.ingest.internal;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("spec §Data: XLSX, first sheet, streamed row by row")
class XlsxRowSourceTests {

	static final XlsxLimits LIMITS = new XlsxLimits(0.01, 1L << 30);

	@TempDir
	Path folder;

	@Test
	@DisplayName("the first sheet's rows: text, numbers as plain decimals, real date cells as yyyy-MM-dd HH:mm:ss, row numbers kept")
	void rows() throws Exception {
		Path file = this.folder.resolve("evaluations.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("机构评价");
			workbook.createSheet("其他").createRow(0).createCell(0).setCellValue("not read");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("证件号码");
			header.createCell(1).setCellValue("考核年度");
			header.createCell(2).setCellValue("evaluated_at");
			Row first = sheet.createRow(1);
			first.createCell(0).setCellValue("110115199001011234");
			first.createCell(1).setCellValue(2026);
			first.createCell(2).setCellValue(LocalDateTime.of(2026, 6, 20, 9, 30));
			first.getCell(2).setCellStyle(date);
			Row third = sheet.createRow(3); // row 3 left empty: line numbers are the sheet's
			third.createCell(0).setCellValue("张医生");
			third.createCell(2).setCellValue(3.50);
			workbook.write(out);
		}
		try (XlsxRowSource rows = new XlsxRowSource(file, LIMITS, 10_000)) {
			assertThat(rows.header()).containsExactly("证件号码", "考核年度", "evaluated_at");
			SourceLine line = rows.next();
			assertThat(line.lineNo()).isEqualTo(2);
			assertThat(line.fields()).containsExactly("110115199001011234", "2026", "2026-06-20 09:30:00");
			SourceLine next = rows.next();
			assertThat(next.lineNo()).isEqualTo(4);
			assertThat(next.fields()).containsExactly("张医生", "", "3.5");
			assertThat(rows.next()).isNull();
		}
	}

	@Test
	@DisplayName("spec §Bad input: a text file named .xlsx is unreadable, never a crash")
	void notAWorkbook() throws Exception {
		Path file = this.folder.resolve("roster.xlsx");
		Files.writeString(file, "cert_type,cert_no\nRESIDENT,110115199001011234\n");
		assertThatThrownBy(() -> new XlsxRowSource(file, LIMITS, 10_000)).isInstanceOf(UnreadableFileException.class)
			.hasMessageContaining("XLSX");
	}

	@Test
	@DisplayName("spec §Bad input: a row longer than the limit is rejected, not held")
	void longRow() throws Exception {
		Path file = this.folder.resolve("hidden.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet();
			sheet.createRow(0).createCell(0).setCellValue("reason");
			sheet.createRow(1).createCell(0).setCellValue("长".repeat(200));
			workbook.write(out);
		}
		try (XlsxRowSource rows = new XlsxRowSource(file, LIMITS, 100)) {
			rows.header();
			SourceLine line = rows.next();
			assertThat(line.unparsable()).isNotNull();
			assertThat(line.unparsable().reasonEn()).contains("longer than 100");
		}
	}

}
