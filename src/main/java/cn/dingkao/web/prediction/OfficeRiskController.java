package cn.dingkao.web.prediction;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dingkao.ruling.CycleCalendar;
import cn.dingkao.ruling.Step;
import cn.dingkao.web.ActionRefused;
import cn.dingkao.web.CurrentUser;
import cn.dingkao.web.Paging;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 风险预警 for the district and city offices (spec "Seeing it coming"): per district (the city) or per institution
 * of a district, the physicians at risk at each step this morning and how the count moved over the last 14 days;
 * every count links to the list of those physicians. Reads the morning's counts (table prediction_count) and, for
 * the lists, the stored predictions through their district index.
 */
@Controller
@RequestMapping("/office/risk")
class OfficeRiskController {

	private static final int PAGE = 50;

	private final PredictionViews views;

	private final PredictionPageMapper mapper;

	OfficeRiskController(PredictionViews views, PredictionPageMapper mapper) {
		this.views = views;
		this.mapper = mapper;
	}

	@GetMapping
	String areas(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String district,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") long page, Model model) {
		CycleCalendar calendar = requireCycle();
		String scope = user.districtScope() != null ? user.districtScope() : district;
		LocalDate day = this.mapper.latestRunDay(calendar.cycle());
		model.addAttribute("cycle", calendar.cycle());
		model.addAttribute("day", day);
		model.addAttribute("district", scope);
		model.addAttribute("city", user.districtScope() == null);
		model.addAttribute("steps", Step.values());
		model.addAttribute("riskDays", this.views.riskDays());
		model.addAttribute("q", q);
		if (day == null) {
			model.addAttribute("rows", List.of());
			model.addAttribute("paging", Paging.of(1, 0, PAGE));
			return "prediction/office-risk";
		}
		List<PredictionPageMapper.Area> areas;
		Paging paging;
		boolean byInstitution = scope != null;
		if (byInstitution) {
			paging = Paging.of(page, this.mapper.countInstitutions(calendar.cycle(), day, scope, q), PAGE);
			areas = this.mapper.institutions(calendar.cycle(), day, scope, q, PAGE, (paging.page() - 1) * PAGE);
			model.addAttribute("districtName", districtName(calendar, day, scope));
		}
		else {
			paging = Paging.of(1, 0, PAGE);
			areas = this.mapper.districts(calendar.cycle(), day, null);
		}
		List<String> orgs = byInstitution ? areas.stream().map(PredictionPageMapper.Area::code).toList() : null;
		Map<String, Map<Step, long[]>> steps = new HashMap<>();
		Map<String, Map<LocalDate, Long>> history = new HashMap<>();
		if (!areas.isEmpty()) {
			for (PredictionPageMapper.AreaStep row : this.mapper.areaSteps(calendar.cycle(), day, scope, orgs)) {
				if (!RiskFilter.NO_STEP.equals(row.step())) {
					steps.computeIfAbsent(row.code(), k -> new EnumMap<>(Step.class))
						.put(Step.valueOf(row.step()), new long[] { row.physicians(), row.atRisk(), row.overdue() });
				}
			}
			for (PredictionPageMapper.AreaDay row : this.mapper.history(calendar.cycle(),
					day.minusDays(Sparkline.DAYS - 1), scope, orgs)) {
				history.computeIfAbsent(row.code(), k -> new HashMap<>()).put(row.businessDate(), row.atRisk());
			}
		}
		List<AreaRow> rows = new ArrayList<>();
		for (PredictionPageMapper.Area area : areas) {
			rows.add(new AreaRow(area, steps.getOrDefault(area.code(), Map.of()),
					Sparkline.of(history.getOrDefault(area.code(), Map.of()), day), byInstitution));
		}
		model.addAttribute("rows", rows);
		model.addAttribute("paging", paging);
		return "prediction/office-risk";
	}

	/** The physicians behind a count: a district's (or one institution's), at risk or all, at one step or any. */
	@GetMapping("/physicians")
	String physicians(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String district,
			@RequestParam(required = false) String org, @RequestParam(required = false) String step,
			@RequestParam(required = false) String view, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "1") long page, Model model) {
		CycleCalendar calendar = requireCycle();
		String scope = user.districtScope() != null ? user.districtScope() : district;
		if (scope == null) {
			throw new ActionRefused("请先在「风险预警」中选择一个区，再查看其医师名单。");
		}
		RiskFilter.View chosen = RiskFilter.View.parse(view);
		RiskFilter filter = this.views.officeFilter(scope, blank(org), chosen == RiskFilter.View.MINE ? RiskFilter.View.RISK
				: chosen, step, q, page);
		Paging paging = Paging.of(filter.page(), this.mapper.countPhysicians(filter), PAGE);
		filter = filter.atPage(paging.page());
		model.addAttribute("filter", filter);
		model.addAttribute("paging", paging);
		model.addAttribute("rows", this.views.rows(this.mapper.physicians(filter)));
		model.addAttribute("cycle", calendar.cycle());
		model.addAttribute("city", user.districtScope() == null);
		model.addAttribute("orgName", filter.mainOrg() == null ? null : this.views.institutionName(filter.mainOrg()));
		model.addAttribute("stepLabel", filter.step() == null ? null
				: RiskFilter.NO_STEP.equals(filter.step()) ? "无步骤（已不合格）" : Step.valueOf(filter.step()).label());
		model.addAttribute("riskDays", this.views.riskDays());
		model.addAttribute("today", this.views.today());
		return "prediction/office-risk-physicians";
	}

	private String districtName(CycleCalendar calendar, LocalDate day, String district) {
		List<PredictionPageMapper.Area> found = this.mapper.districts(calendar.cycle(), day, district);
		return found.isEmpty() ? district : found.get(0).name();
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	private CycleCalendar requireCycle() {
		CycleCalendar calendar = this.views.calendar();
		if (calendar == null) {
			throw new ActionRefused("尚未配置任何考核年度的时间安排，请联系定考办。");
		}
		return calendar;
	}

	/** A district or institution with its counts this morning and its 14-day line. */
	public record AreaRow(PredictionPageMapper.Area area, Map<Step, long[]> steps, Sparkline line,
			boolean institution) {

		public long atRisk(Step step) {
			long[] counts = this.steps.get(step);
			return counts == null ? 0 : counts[1];
		}

		public long physicians(Step step) {
			long[] counts = this.steps.get(step);
			return counts == null ? 0 : counts[0];
		}

		/** The list behind a count: the area's physicians at risk, at one step (or any, for null). */
		public String listLink(String step) {
			StringBuilder link = new StringBuilder("/office/risk/physicians?district=")
				.append(URLEncoder.encode(this.area.districtCode(), StandardCharsets.UTF_8));
			if (this.institution) {
				link.append("&org=").append(URLEncoder.encode(this.area.code(), StandardCharsets.UTF_8));
			}
			link.append("&view=RISK");
			if (step != null) {
				link.append("&step=").append(step);
			}
			return link.toString();
		}

	}

}
