package cn.dingkao.web.physician;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import cn.dingkao.predict.PredictionRefresher;
import cn.dingkao.reconcile.ResultStandings;
import cn.dingkao.ruling.ApplicationStatus;
import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.Flag;
import cn.dingkao.ruling.Phase;
import cn.dingkao.ruling.PhaseDates;
import cn.dingkao.system.CycleCalendars;
import cn.dingkao.web.ActionRefused;
import cn.dingkao.web.AuditEntity;
import cn.dingkao.web.AuditField;
import cn.dingkao.web.AuditLog;
import cn.dingkao.web.CurrentUser;
import cn.dingkao.web.Labels;
import cn.dingkao.web.PhaseGuard;
import cn.dingkao.web.PhaseWindow;
import cn.dingkao.web.SpecialtyChoices;
import cn.dingkao.web.office.ProgressCounts;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 医师信息确认 and 考核申请: the physician's own data only (the cert_no of the login). A physician applies during
 * REGISTRATION; an application the main institution returned (打回) may be corrected and submitted again during
 * REVIEW as well (spec "Web": the physician may then correct and resubmit during REVIEW).
 */
@Service
class PhysicianService {

	static final List<String> SECTIONS = List.of("PERSONAL", "PRACTICE", "MULTISITE");

	private final PhysicianMapper mapper;

	private final PhaseGuard phases;

	private final AuditLog audit;

	private final SpecialtyChoices specialties;

	private final CycleCalendars calendars;

	private final ProgressCounts progress;

	private final PredictionRefresher predictions;

	private final ResultStandings standings;

	PhysicianService(PhysicianMapper mapper, PhaseGuard phases, AuditLog audit, SpecialtyChoices specialties,
			CycleCalendars calendars, ProgressCounts progress, PredictionRefresher predictions,
			ResultStandings standings) {
		this.mapper = mapper;
		this.phases = phases;
		this.audit = audit;
		this.specialties = specialties;
		this.calendars = calendars;
		this.progress = progress;
		this.predictions = predictions;
		this.standings = standings;
	}

	Cycle cycle() {
		return this.phases.cycle();
	}

	PhysicianMapper.Physician physician(CurrentUser user) {
		return this.mapper.findPhysician(user.username());
	}

	List<PhysicianMapper.Site> sites(CurrentUser user) {
		return this.mapper.findSites(user.username(), cycle());
	}

	PhysicianMapper.Application application(CurrentUser user) {
		return this.mapper.findApplication(user.username(), cycle());
	}

	List<String> confirmedSections(CurrentUser user) {
		return this.mapper.confirmedSections(user.username(), cycle());
	}

	List<ResultExplanation> results(CurrentUser user) {
		// this cycle and the two before it (spec "Web"), each re-assessment as a line of its own
		// each with what it is (issue 23): a result ruled before CLOSE is a prediction, dated by the latest run
		return this.mapper.recentResults(user.username(), Cycle.regular(cycle().year() - 2))
			.stream()
			.map(result -> ResultExplanation.of(result, this.standings.of(result.cycleYear()).orElse(null)))
			.toList();
	}

	boolean hidden(CurrentUser user) {
		return this.mapper.isHidden(user.username(), cycle(), this.audit.now());
	}

	List<PhysicianMapper.Hide> activeHides(CurrentUser user) {
		return this.mapper.activeHides(user.username(), cycle(), this.audit.now());
	}

	/** 报考专业 choices: the catalog's exam specialties for the physician's scopes (附件2). */
	List<String> allowedSpecialties(CurrentUser user, PhysicianMapper.Physician physician) {
		if (physician == null) {
			return List.of();
		}
		return this.specialties.choices(SpecialtyChoices.scopes(physician.practiceScopes()),
				this.mapper.delegatedBoard(user.username(), cycle()));
	}

	List<SimplifiedCategory.Choice> simplifiedCategories() {
		return Arrays.stream(SimplifiedCategory.values())
			.map(c -> new SimplifiedCategory.Choice(c.number(), c.text(cycle()), c.needs()))
			.toList();
	}

	/**
	 * True when the physician can submit (or resubmit) the application today: not once it is submitted (it waits
	 * for the main org, which may return it) nor approved.
	 */
	boolean canSubmit(PhysicianMapper.Application application) {
		if (locked(application)) {
			return false;
		}
		return this.phases.isOpen(Phase.REGISTRATION) || returnedDuringReview(application);
	}

	/** Submitted or approved: the form is shown read-only until the main org returns it. */
	static boolean locked(PhysicianMapper.Application application) {
		return application != null && (application.status() == ApplicationStatus.SUBMITTED
				|| application.status() == ApplicationStatus.APPROVED);
	}

	/**
	 * When the physician may confirm and apply, as the page tells it: open today, or when it opens or that it has
	 * ended (a returned application: until the end of REVIEW). A locked application has no window (nothing to do).
	 */
	PhaseWindow applyWindow(PhysicianMapper.Application application) {
		if (canSubmit(application)) {
			return this.phases.window(this.phases.isOpen(Phase.REGISTRATION) ? Phase.REGISTRATION : Phase.REVIEW, "");
		}
		if (application != null && application.status() == ApplicationStatus.RETURNED) {
			return this.phases.window(Phase.REVIEW, "修改后重新提交");
		}
		return this.phases.window(Phase.REGISTRATION, "确认信息和网上报名");
	}

	private boolean returnedDuringReview(PhysicianMapper.Application application) {
		return application != null && application.status() == ApplicationStatus.RETURNED
				&& this.phases.isOpen(Phase.REVIEW);
	}

	/** Registration is open, or the application was returned and REVIEW is open; else refused with the dates. */
	private void requireApplyPhase(PhysicianMapper.Application application, String action) {
		if (returnedDuringReview(application)) {
			return;
		}
		if (application != null && application.status() == ApplicationStatus.RETURNED && !this.phases.isOpen(Phase.REGISTRATION)) {
			String registration = this.calendars.of(cycle()).dates(Phase.REGISTRATION).map(PhaseDates::toString).orElse("");
			String review = this.calendars.of(cycle()).dates(Phase.REVIEW).map(PhaseDates::toString).orElse("");
			throw new ActionRefused("被打回的报名可在" + Phase.REGISTRATION.label() + "阶段（" + registration + "）或"
					+ Phase.REVIEW.label() + "阶段（" + review + "）"
					+ "修改后重新提交，今天是 " + this.phases.today() + "，已不能「" + action + "」；如有疑问请联系主要执业机构。");
		}
		this.phases.require(Phase.REGISTRATION, action);
	}

	@Transactional
	void confirm(CurrentUser user, String section) {
		AuditField confirmed = AuditField.fromCode(section)
			.filter(field -> SECTIONS.contains(field.code()))
			.orElseThrow(() -> new ActionRefused("未知的确认项，请在页面上点击「确认」按钮。"));
		requireApplyPhase(application(user), "信息确认");
		this.mapper.insertConfirmation(user.username(), cycle(), section, this.audit.now());
		this.audit.record(user, this.mapper.districtOf(user.username()), AuditEntity.PHYSICIAN_CONFIRMATION,
				user.username() + "/" + cycle(), confirmed, null, "已确认");
	}

	@Transactional
	void submit(CurrentUser user, ApplicationForm form) {
		PhysicianMapper.Application old = application(user);
		if (old != null && old.status() == ApplicationStatus.APPROVED) {
			throw new ActionRefused("报名已审核通过，不能再修改；如需更正请联系主要执业机构。");
		}
		if (old != null && old.status() == ApplicationStatus.SUBMITTED) {
			throw new ActionRefused("报名已提交，正在等待主要执业机构审核，不能再修改；如需修改，请联系主要执业机构打回后再修改。");
		}
		requireApplyPhase(old, "提交考核申请");
		PhysicianMapper.Physician physician = physician(user);
		if (physician == null) {
			throw new ActionRefused("应考医师名单中没有您的记录，请联系执业机构。");
		}
		if (hidden(user)) {
			throw new ActionRefused("您已被主要执业机构暂存（隐藏），不能报名；如有疑问请联系该机构解除隐藏。");
		}
		if (!confirmedSections(user).containsAll(SECTIONS)) {
			throw new ActionRefused("请先确认个人信息、执业信息和多点执业信息（各点一次「确认」），再提交报名。");
		}
		if (form.specialty() == null || !allowedSpecialties(user, physician).contains(form.specialty())) {
			throw new ActionRefused("请从列表中选择报考专业：可选的是您的执业范围（" + physician.practiceScopes()
					+ "）对应的专业。");
		}
		boolean simplified = Flag.isYes(form.simplified());
		SimplifiedCategory category = simplified ? checkSimplified(form) : null;
		LocalDateTime now = this.audit.now();
		PhysicianMapper.Application next = new PhysicianMapper.Application(user.username(), cycle(), form.specialty(),
				ApplicationStatus.SUBMITTED, now, null, simplified,
				category == null ? null : category.number(),
				category != null && category.needsEvidence() ? form.evidenceRef().trim() : null,
				category != null && category.needsEvidenceDate() ? form.evidenceDate() : null,
				category != null && category.needsAidMonths() ? form.aidMonths() : null, null, null, now);
		if (old == null) {
			this.mapper.insertApplication(next);
		}
		else if (this.mapper.updateApplication(next) == 0) {
			// submitted or approved in the meantime (another window of the same physician, or the institution)
			throw new ActionRefused("报名已提交或已审核通过，不能再修改；如需修改，请联系主要执业机构打回后再修改。");
		}
		String district = this.mapper.districtOf(user.username());
		String key = user.username() + "/" + cycle();
		this.audit.record(user, district, AuditEntity.APPLICATION, key, AuditField.STATUS,
				old == null ? null : old.status().name(), ApplicationStatus.SUBMITTED.name());
		this.audit.record(user, district, AuditEntity.APPLICATION, key, AuditField.SPECIALTY,
				old == null ? null : old.specialty(), form.specialty());
		this.audit.record(user, district, AuditEntity.APPLICATION, key, AuditField.SIMPLIFIED,
				old == null ? null : Flag.of(old.simplified()).name(), Flag.of(next.simplified()).name());
		this.audit.record(user, district, AuditEntity.APPLICATION, key, AuditField.SIMPLIFIED_CATEGORY,
				old == null ? null : old.simplifiedCategory(), next.simplifiedCategory());
		this.audit.record(user, district, AuditEntity.APPLICATION, key, AuditField.EVIDENCE_REF,
				old == null ? null : old.evidenceRef(), next.evidenceRef());
		if (old != null && old.returnReason() != null) {
			this.audit.record(user, district, AuditEntity.APPLICATION, key, AuditField.RETURN_REASON,
					old.returnReason(), null);
		}
		this.progress.touch(List.of(user.username()));
		this.predictions.physiciansChanged(List.of(user.username()));
	}

	/** What a claim of its category must carry (spec "The ruling" 4); eligibility itself is the ruling's. */
	private SimplifiedCategory checkSimplified(ApplicationForm form) {
		SimplifiedCategory category = SimplifiedCategory.of(form.simplifiedCategory());
		if (category == null) {
			throw new ActionRefused("选择简易程序时须选择类别（考核方案第五条的第一至第七类之一）。");
		}
		if (category.needsEvidence() && (form.evidenceRef() == null || form.evidenceRef().isBlank())) {
			throw new ActionRefused("简易程序第" + category.number() + "类须填写证明材料编号。");
		}
		if (category.needsEvidenceDate() && form.evidenceDate() == null) {
			throw new ActionRefused("简易程序第" + category.number() + "类须填写证明材料日期。");
		}
		if (category.needsAidMonths() && (form.aidMonths() == null || form.aidMonths() < 0 || form.aidMonths() > 36)) {
			throw new ActionRefused("简易程序第5类须填写支援月数（0–36），满 3 个月方符合条件。");
		}
		if (form.evidenceRef() != null && form.evidenceRef().trim().length() > 100) {
			throw new ActionRefused("证明材料编号最长 100 个字符。");
		}
		return category;
	}

	record ApplicationForm(String specialty, String simplified, Integer simplifiedCategory, String evidenceRef,
			LocalDate evidenceDate, Integer aidMonths) {
	}

}
