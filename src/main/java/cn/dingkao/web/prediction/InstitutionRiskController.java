package cn.dingkao.web.prediction;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;

import cn.dingkao.ruling.CycleCalendar;
import cn.dingkao.ruling.ResultStanding;
import cn.dingkao.summary.ListWorkbook;
import cn.dingkao.web.ActionRefused;
import cn.dingkao.web.CurrentUser;
import cn.dingkao.web.Paging;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 预计与提醒 for an institution (spec "Seeing it coming"): its physicians (main or other site) with their next step,
 * who takes it and by when; 有风险 first (a step overdue or due within 7 days, or the predicted result already
 * 不合格), counts per step, nearest deadline first, and the list as a workbook.
 */
@Controller
@RequestMapping("/institution/risk")
class InstitutionRiskController {

	private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private final PredictionViews views;

	private final PredictionPageMapper mapper;

	InstitutionRiskController(PredictionViews views, PredictionPageMapper mapper) {
		this.views = views;
		this.mapper = mapper;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String view,
			@RequestParam(required = false) String step, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "1") long page, Model model) {
		CycleCalendar calendar = requireCycle();
		RiskFilter filter = this.views.institutionFilter(user, RiskFilter.View.parse(view), step, q, page);
		Paging paging = Paging.of(filter.page(), this.mapper.countPhysicians(filter), filter.pageSize());
		filter = filter.atPage(paging.page());
		model.addAttribute("filter", filter);
		model.addAttribute("paging", paging);
		model.addAttribute("rows", this.views.rows(this.mapper.physicians(filter)));
		model.addAttribute("counts", PredictionViews.StepCounts.of(this.mapper.countByStep(filter)));
		model.addAttribute("views", RiskFilter.View.values());
		model.addAttribute("cycle", calendar.cycle());
		model.addAttribute("close", calendar.close());
		model.addAttribute("predictedOn", this.views.predictedOn());
		model.addAttribute("riskDays", this.views.riskDays());
		model.addAttribute("today", this.views.today());
		return "prediction/institution-risk";
	}

	/** The list of the filter, every page of it, as a printable workbook (cert numbers masked, formulas as text). */
	@GetMapping("/download")
	void download(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String view,
			@RequestParam(required = false) String step, @RequestParam(required = false) String q,
			HttpServletResponse response) throws IOException {
		CycleCalendar calendar = requireCycle();
		RiskFilter filter = this.views.institutionFilter(user, RiskFilter.View.parse(view), step, q, 1).unpaged();
		List<PredictionViews.Row> rows = this.views.rows(this.mapper.physicians(filter));
		String name = "预计与下一步_" + user.orgCode() + "_" + this.views.today().format(FILE_DATE) + ".xlsx";
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
		String area = this.views.institutionName(user.orgCode());
		ResultStanding standing = ResultStanding.of(calendar, this.views.today());
		String note = filter.view().label() + "：下一步已逾期或 " + this.views.riskDays() + " 天内到期，或预计已不合格为有风险。"
				+ "预计结果＝若考核通道今天关闭时的结果。";
		try (OutputStream out = response.getOutputStream()) {
			ListWorkbook.write(out, area, calendar.cycle(), this.views.today(), standing, filter.view().label() + "医师",
					note, RiskWorkbook.COLUMNS, RiskWorkbook.rows(rows));
		}
	}

	private CycleCalendar requireCycle() {
		CycleCalendar calendar = this.views.calendar();
		if (calendar == null) {
			throw new ActionRefused("尚未配置任何考核年度的时间安排，请联系定考办。");
		}
		return calendar;
	}

}
