package cn.dingkao.predict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.Step;

import org.springframework.stereotype.Component;

/**
 * Who is reminded of what on a day (spec "Seeing it coming": 提醒), from the stored predictions: each physician
 * whose next step is their own and falls due the configured number of days later (default 7 and 2), and each
 * institution with physicians at risk (its daily digest). The morning run queues them; the office's page shows the
 * next day's before they go — both through here, so the preview is what will be sent on the data as it stands.
 */
@Component
public class Reminders {

	static final String RISK_PAGE = "/institution/risk";

	private final PredictMapper mapper;

	private final RemindProperties properties;

	private final PredictProperties predict;

	Reminders(PredictMapper mapper, RemindProperties properties, PredictProperties predict) {
		this.mapper = mapper;
		this.properties = properties;
		this.predict = predict;
	}

	public RemindProperties settings() {
		return this.properties;
	}

	/**
	 * The physicians' reminders of the day, in cert_no order after {@code after} ("" = from the first), at most
	 * {@code limit}; of one district, or all (null).
	 */
	public List<Reminder> due(Cycle cycle, LocalDate day, String district, String after, int limit) {
		if (this.properties.daysBefore().isEmpty()) {
			return List.of();
		}
		List<LocalDate> deadlines = this.properties.daysBefore().stream().map(day::plusDays).toList();
		List<Reminder> reminders = new ArrayList<>();
		for (PredictMapper.ReminderRow row : this.mapper.reminders(cycle, deadlines, district, after, limit)) {
			reminders.add(new Reminder(cycle, row.certNo(), row.name(), row.districtCode(), Reminder.ownStep(row.nextStep(),
					row.deadline(), row.returned(), row.examMode(), row.triesLeft(), day), row.phone(), day));
		}
		return reminders;
	}

	/** The institutions' digests of the day: each with at least one physician at risk; of one district or all. */
	public List<Digest> digests(Cycle cycle, LocalDate day, String district) {
		return digests(cycle, day, district, null);
	}

	/**
	 * The digests of a page of institutions (of one district, or all) in org_code order after {@code afterOrg}:
	 * those of them with a physician at risk. The city has a thousand institutions; an office's page shows them a
	 * page at a time.
	 */
	public DigestPage digestPage(Cycle cycle, LocalDate day, String district, String afterOrg, int orgsPerPage) {
		List<String> orgs = this.mapper.orgPage(district, afterOrg, orgsPerPage);
		List<Digest> digests = orgs.isEmpty() ? List.of() : digests(cycle, day, district, orgs);
		return new DigestPage(digests, orgs.size() == orgsPerPage ? orgs.get(orgs.size() - 1) : null);
	}

	/** Digests of a page of institutions, and the last institution of the page when another may follow. */
	public record DigestPage(List<Digest> digests, String nextAfter) {
	}

	private List<Digest> digests(Cycle cycle, LocalDate day, String district, List<String> orgCodes) {
		Map<String, PredictMapper.DigestRow> orgs = new LinkedHashMap<>();
		Map<String, Map<Step, Long>> bySteps = new LinkedHashMap<>();
		Map<String, Long> totals = new LinkedHashMap<>();
		for (PredictMapper.DigestRow row : this.mapper.digestRows(cycle, day.plusDays(this.predict.riskDays()),
				day.plusDays(1), district, orgCodes)) {
			orgs.putIfAbsent(row.orgCode(), row);
			totals.merge(row.orgCode(), row.atRisk(), Long::sum);
			Map<Step, Long> steps = bySteps.computeIfAbsent(row.orgCode(), k -> new EnumMap<>(Step.class));
			if (!"NONE".equals(row.step())) {
				steps.merge(Step.valueOf(row.step()), row.atRisk(), Long::sum);
			}
		}
		List<Digest> digests = new ArrayList<>();
		String link = this.properties.baseUrl() + RISK_PAGE;
		orgs.forEach((org, row) -> digests.add(new Digest(cycle, org, row.orgName(), row.districtCode(), row.phone(),
				bySteps.get(org), totals.get(org), day, link)));
		return digests;
	}

}
