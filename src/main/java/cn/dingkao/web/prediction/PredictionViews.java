package cn.dingkao.web.prediction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.dingkao.predict.PredictProperties;
import cn.dingkao.reconcile.CaseReads;
import cn.dingkao.reconcile.ReferenceData;
import cn.dingkao.reconcile.ResultStandings;
import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.CycleCalendar;
import cn.dingkao.ruling.NextStep;
import cn.dingkao.ruling.Outcome;
import cn.dingkao.ruling.ReasonCode;
import cn.dingkao.ruling.PhysicianCase;
import cn.dingkao.ruling.Prediction;
import cn.dingkao.ruling.Predictor;
import cn.dingkao.ruling.ResultStanding;
import cn.dingkao.ruling.Step;
import cn.dingkao.system.CycleCalendars;
import cn.dingkao.web.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * The prediction as the pages show it (issue 23). The physician's home works it out on the physician's rows as they
 * are now, with the same engine as the daily job; lists and counts read the rows the job (and every web change
 * since) stored. Templates call it as {@code @predictionViews} from self-contained blocks, so the pages that carry
 * them need nothing in their controllers.
 */
@Component("predictionViews")
public class PredictionViews {

	private final CaseReads cases;

	private final ReferenceData referenceData;

	private final CycleCalendars calendars;

	private final PredictionPageMapper mapper;

	private final ResultStandings standings;

	private final PredictProperties properties;

	PredictionViews(CaseReads cases, ReferenceData referenceData, CycleCalendars calendars, PredictionPageMapper mapper,
			ResultStandings standings, PredictProperties properties) {
		this.cases = cases;
		this.referenceData = referenceData;
		this.calendars = calendars;
		this.mapper = mapper;
		this.standings = standings;
		this.properties = properties;
	}

	int riskDays() {
		return this.properties.riskDays();
	}

	LocalDate today() {
		return this.calendars.today();
	}

	/** The cycle the web works on today (spec "Web": the active one), or null before any has begun. */
	CycleCalendar calendar() {
		return this.calendars.activeOn(today()).orElse(null);
	}

	/**
	 * The physician's next step and predicted result; null outside the days a step can be taken (before REGISTRATION,
	 * after CLOSE), or for a physician the active cycle does not assess (outside a re-assessment's population).
	 */
	public PhysicianOutlook physician(CurrentUser user) {
		CycleCalendar calendar = calendar();
		LocalDate today = today();
		if (calendar == null || !calendar.predictionOn(today)) {
			return null;
		}
		PhysicianCase physicianCase = this.cases.caseOf(calendar.cycle(), user.username()).orElse(null);
		if (physicianCase == null) {
			return null;
		}
		Prediction prediction = new Predictor(this.referenceData.engine()).predict(physicianCase, calendar, today);
		Map<String, String> names = names(prediction.steps().stream().map(NextStep::orgCode).toList());
		List<StepView> steps = new ArrayList<>();
		for (NextStep step : prediction.steps()) {
			steps.add(new StepView(step, names.get(step.orgCode()), today));
		}
		return new PhysicianOutlook(calendar.cycle(), today, calendar.close(), prediction.outcome(),
				List.copyOf(prediction.ruling().reasons()), steps, riskDays());
	}

	/** The standing of a cycle's stored results (预计 before CLOSE, with the latest run's date), or null. */
	public ResultStanding standing(Cycle cycle) {
		return cycle == null ? null : this.standings.of(cycle).orElse(null);
	}

	/** The day of the latest finished prediction run of the active cycle, or null. */
	public LocalDate predictedOn() {
		CycleCalendar calendar = calendar();
		return calendar == null ? null : this.mapper.latestRunDay(calendar.cycle());
	}

	/** The institution's physicians by next step (for the block on its physician list), today. */
	public StepCounts institutionCounts(CurrentUser user) {
		CycleCalendar calendar = calendar();
		if (calendar == null) {
			return StepCounts.EMPTY;
		}
		return StepCounts.of(this.mapper.countByStep(institutionFilter(user, RiskFilter.View.ALL, null, null, 1)));
	}

	RiskFilter institutionFilter(CurrentUser user, RiskFilter.View view, String step, String q, long page) {
		LocalDate today = today();
		return new RiskFilter(calendar().cycle(), today, today.plusDays(riskDays()), user.orgCode(), null, null, view,
				step, q, page, 50);
	}

	RiskFilter officeFilter(String district, String mainOrg, RiskFilter.View view, String step, String q, long page) {
		LocalDate today = today();
		return new RiskFilter(calendar().cycle(), today, today.plusDays(riskDays()), null, district, mainOrg, view, step,
				q, page, 50);
	}

	/** The rows of a list with their next steps as of today. */
	List<Row> rows(List<PredictionPageMapper.PredictionRow> rows) {
		LocalDate today = today();
		List<Row> views = new ArrayList<>(rows.size());
		for (PredictionPageMapper.PredictionRow row : rows) {
			views.add(new Row(row, StepView.of(row, today), riskDays()));
		}
		return views;
	}

	/** An institution's name, or its code when the institution list does not know it. */
	String institutionName(String orgCode) {
		return names(List.of(orgCode)).getOrDefault(orgCode, orgCode);
	}

	private Map<String, String> names(List<String> orgs) {
		Set<String> wanted = new LinkedHashSet<>();
		for (String org : orgs) {
			if (org != null) {
				wanted.add(org);
			}
		}
		Map<String, String> names = new HashMap<>();
		if (!wanted.isEmpty()) {
			for (PredictionPageMapper.OrgName name : this.mapper.orgNames(List.copyOf(wanted))) {
				names.put(name.orgCode(), name.orgName());
			}
		}
		return names;
	}

	/** A physician of a list: the stored prediction and its next step as of today. */
	public record Row(PredictionPageMapper.PredictionRow row, StepView next, int riskDays) {

		public String outcome() {
			return this.row.outcome().label();
		}

		public boolean predictedFail() {
			return this.row.outcome() == Outcome.FAIL;
		}

		public boolean atRisk() {
			return predictedFail() || (this.next != null && this.next.dueWithin(this.riskDays));
		}

		public boolean main() {
			return this.row.main();
		}

		/** As an office list shows it: the name says who it is, a full number is not needed there. */
		public String maskedCertNo() {
			return cn.dingkao.summary.CertMask.mask(this.row.certNo());
		}

		/** The Chinese texts of the predicted result's reasons. */
		public List<String> reasons() {
			return this.row.reasons().stream().map(ReasonCode::labelOf).toList();
		}

	}

	/** Physicians by next step, with how many are 有风险 and overdue; NONE = no step left. */
	public record StepCounts(Map<Step, long[]> bySteps, long none, long noneAtRisk, long physicians, long atRisk) {

		static final StepCounts EMPTY = new StepCounts(Map.of(), 0, 0, 0, 0);

		static StepCounts of(List<PredictionPageMapper.StepCount> counts) {
			Map<Step, long[]> bySteps = new EnumMap<>(Step.class);
			long none = 0;
			long noneAtRisk = 0;
			long physicians = 0;
			long atRisk = 0;
			for (PredictionPageMapper.StepCount count : counts) {
				physicians += count.physicians();
				atRisk += count.atRisk();
				if (RiskFilter.NO_STEP.equals(count.step())) {
					none = count.physicians();
					noneAtRisk = count.atRisk();
				}
				else {
					bySteps.put(Step.valueOf(count.step()), new long[] { count.physicians(), count.atRisk(), count.overdue() });
				}
			}
			return new StepCounts(bySteps, none, noneAtRisk, physicians, atRisk);
		}

		public long physicians(Step step) {
			return this.bySteps.getOrDefault(step, new long[3])[0];
		}

		public long atRisk(Step step) {
			return this.bySteps.getOrDefault(step, new long[3])[1];
		}

		public long overdue(Step step) {
			return this.bySteps.getOrDefault(step, new long[3])[2];
		}

		public List<Step> steps() {
			return List.of(Step.values());
		}

	}

}
