package cn.dingkao.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.Outcome;
import cn.dingkao.ruling.ResultStanding;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One district (or city) summary workbook (spec "District summary workbooks"): 汇总, 机构明细, 专业分布,
 * 不合格及未参加名单, 数据异常, each a printable report. Aggregates come from the counts read for all workbooks;
 * the lists stream from cursors into an SXSSF workbook that keeps only a window of rows in memory.
 */
final class SummaryWorkbook {

	private final SummaryMapper mapper;

	private final AreaCounts counts;

	private final Cycle cycle;

	private final SummaryArea area;

	private final LocalDate businessDate;

	private final ResultStanding standing;

	SummaryWorkbook(SummaryMapper mapper, AreaCounts counts, Cycle cycle, SummaryArea area, LocalDate businessDate,
			ResultStanding standing) {
		this.mapper = mapper;
		this.counts = counts;
		this.cycle = cycle;
		this.area = area;
		this.businessDate = businessDate;
		this.standing = standing;
	}

	SummaryArea area() {
		return this.area;
	}

	/** Writes the workbook to a temp name beside {@code target} and renames it, replacing an earlier one. */
	void writeTo(Path target) {
		SummaryFiles.replace(target, temp -> {
			try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
				// the temp files of the rows already flushed stay plain: gzipping them costs a deflate and an inflate
				// of every row on top of the workbook's own (issue 26: a third of the summary's time); a district's
				// lists are a few megabytes of XML on disk, not in memory
				workbook.setCompressTempFiles(false);
				try {
					fill(workbook);
					try (OutputStream out = Files.newOutputStream(temp)) {
						workbook.write(out);
					}
				}
				finally {
					workbook.dispose();
				}
			}
			return true;
		});
	}

	private void fill(SXSSFWorkbook workbook) throws IOException {
		ReportStyles styles = new ReportStyles(workbook);
		ReportTitle title = new ReportTitle(this.area, this.cycle, this.businessDate, this.standing);
		String district = this.area.district();
		Counts total = this.counts.total(this.area);
		List<Counts> institutions = this.counts.institutions(this.area);
		List<Counts> lines = institutions;
		Counts unknown = null;
		if (this.area.isCity()) {
			lines = new ArrayList<>();
			for (Counts line : this.counts.districts()) {
				if (line.groupCode() == null) {
					unknown = line;
				}
				else {
					lines.add(line);
				}
			}
		}
		long exceptions = this.mapper.countExceptions(this.cycle, district, null);
		long errors = this.mapper.countExceptions(this.cycle, district, ExceptionSheet.ERROR_CODES);

		SummarySheet.write(workbook, styles, title, total, lines, unknown, new ExceptionCounts(errors, exceptions - errors));
		InstitutionSheet.write(workbook, styles, title, institutions, total);
		writeSpecialties(workbook, styles, title, total);
		ListedSheet.write(workbook, styles, title, this.mapper, this.cycle);
		ExceptionSheet.write(workbook, styles, title, this.mapper, this.cycle);
	}

	private void writeSpecialties(SXSSFWorkbook workbook, ReportStyles styles, ReportTitle title, Counts total) {
		ReportSheet sheet = new ReportSheet(workbook, styles, title, "专业分布", 8);
		sheet.table(List.of(Column.text("报考专业", 24), Column.count("应考"), Column.count(Outcome.PASS.label()),
				Column.count(Outcome.FAIL.label()), Column.count(Outcome.NOT_PARTICIPATED.label()),
				Column.count(Outcome.DEFERRED.label()), Column.count(Outcome.HIDDEN.label()), Column.rate("合格率")), true);
		for (Counts line : this.counts.specialties(this.area)) {
			String specialty = line.groupCode() == null || line.groupCode().isBlank() ? "未报名专业" : line.groupCode();
			sheet.row(specialty, line.required(), line.passed(), line.failed(), line.absent(), line.deferred(),
					line.hidden(), new ReportSheet.Rate(line.passRate()));
		}
		sheet.total("合计", total.required(), total.passed(), total.failed(), total.absent(), total.deferred(),
				total.hidden(), new ReportSheet.Rate(total.passRate()));
		sheet.finish();
	}

}
