package cn.dingkao.web.institution;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.dingkao.predict.PredictionRefresher;
import cn.dingkao.ruling.ApplicationStatus;
import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.Flag;
import cn.dingkao.ruling.Phase;
import cn.dingkao.ruling.Rating;
import cn.dingkao.ruling.SpecialtyCatalog;
import cn.dingkao.web.ActionRefused;
import cn.dingkao.web.AssessmentStatus;
import cn.dingkao.web.AuditEntity;
import cn.dingkao.web.AuditField;
import cn.dingkao.web.AuditLog;
import cn.dingkao.web.CurrentUser;
import cn.dingkao.web.Labels;
import cn.dingkao.web.PhaseGuard;
import cn.dingkao.web.PhaseWindow;
import cn.dingkao.web.SpecialtyChoices;
import cn.dingkao.web.office.ProgressCounts;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The institution's actions on its own physicians; each checks the phase, the scope and writes the audit. */
@Service
class InstitutionService {

	private final InstitutionMapper mapper;

	private final PhaseGuard phases;

	private final AuditLog audit;

	private final SpecialtyChoices specialties;

	private final ProgressCounts progress;

	private final PredictionRefresher predictions;

	InstitutionService(InstitutionMapper mapper, PhaseGuard phases, AuditLog audit, SpecialtyChoices specialties,
			ProgressCounts progress, PredictionRefresher predictions) {
		this.mapper = mapper;
		this.phases = phases;
		this.audit = audit;
		this.specialties = specialties;
		this.progress = progress;
		this.predictions = predictions;
	}

	PhaseWindow window(Phase phase, String action) {
		return this.phases.window(phase, action);
	}

	PhaseWindow beforeClose(String action) {
		return this.phases.beforeClose(action);
	}

	Cycle cycle() {
		return this.phases.cycle();
	}

	LocalDateTime now() {
		return this.audit.now();
	}

	PhysicianFilter filter(CurrentUser user, String status, String q, long page) {
		return new PhysicianFilter(user.orgCode(), cycle(), now(), status, q, page);
	}

	InstitutionMapper.PhysicianRow physician(CurrentUser user, String certNo) {
		InstitutionMapper.PhysicianRow row = this.mapper.findPhysician(user.orgCode(), cycle(), certNo, now());
		if (row == null) {
			throw new AccessDeniedException("not a physician of this institution");
		}
		return row;
	}

	/**
	 * A physician of the list as the review sees it: the 执业范围, and whether the chosen specialty is outside
	 * them (the ruling would warn SPECIALTY_NOT_IN_SCOPE) — shown before anyone approves.
	 */
	record Reviewed(InstitutionMapper.PhysicianRow row, List<String> scopes, boolean outOfScope) {
	}

	List<Reviewed> reviewed(List<InstitutionMapper.PhysicianRow> rows) {
		List<Reviewed> reviewed = new ArrayList<>();
		SpecialtyCatalog catalog = this.specialties.catalog();
		for (InstitutionMapper.PhysicianRow row : rows) {
			List<String> scopes = SpecialtyChoices.scopes(row.practiceScopes());
			boolean outOfScope = row.specialty() != null && !catalog.allows(scopes, row.specialty());
			reviewed.add(new Reviewed(row, scopes, outOfScope));
		}
		return reviewed;
	}

	private String district(CurrentUser user) {
		return user.districtCode();
	}

	private static String key(String certNo, Cycle cycle) {
		return certNo + "/" + cycle;
	}

	/**
	 * Checks a hide before it is confirmed: any practice site may hide its own physician (manual §6, spec §The
	 * ruling); a hide by the main org takes the physician out of the assessment, a hide by another site only
	 * removes that site.
	 *
	 * @return what the hide will do, for the confirmation
	 */
	String checkHide(CurrentUser user, String certNo, String reason) {
		this.phases.requireBeforeClose("隐藏医师");
		InstitutionMapper.PhysicianRow row = physician(user, certNo);
		if (reason == null || reason.isBlank()) {
			throw new ActionRefused("隐藏医师须填写原因（例如：已离职、长期进修），请填写后再提交。");
		}
		String who = row.name() + "（" + certNo + "）";
		return row.isMain()
				? "将隐藏 " + who + "。本院是其主要执业机构：隐藏后该医师退出本年度定期考核（结果为暂存），不能报名，"
						+ "也不出现在其他执业机构的名单中。可在「医师暂存」中取消隐藏。"
				: "将隐藏 " + who + "。本院是其其他执业机构：隐藏后本院不再评价该医师，其主要执业机构和其他执业机构不受影响。"
						+ "可在「医师暂存」中取消隐藏。";
	}

	@Transactional
	void hide(CurrentUser user, String certNo, String reason) {
		checkHide(user, certNo, reason);
		InstitutionMapper.HiddenRow old = this.mapper.findHide(user.orgCode(), cycle(), certNo);
		if (old == null) {
			this.mapper.insertHide(user.orgCode(), cycle(), certNo, reason.trim(), now());
		}
		else {
			this.mapper.rehide(user.orgCode(), cycle(), certNo, reason.trim(), now());
		}
		this.audit.record(user, district(user), AuditEntity.PHYSICIAN_HIDE,
				certNo + "/" + user.orgCode() + "/" + cycle(), AuditField.HIDDEN, Flag.N.name(),
				Flag.Y.name() + "（" + reason.trim() + "）");
		this.predictions.physiciansChanged(List.of(certNo));
	}

	@Transactional
	void unhide(CurrentUser user, String certNo) {
		this.phases.requireBeforeClose("取消隐藏");
		if (!this.mapper.atSite(user.orgCode(), certNo)) {
			throw new AccessDeniedException("not a physician of this institution");
		}
		if (this.mapper.unhide(user.orgCode(), cycle(), certNo, now()) == 0) {
			throw new ActionRefused("该医师当前未被本机构隐藏。");
		}
		this.audit.record(user, district(user), AuditEntity.PHYSICIAN_HIDE,
				certNo + "/" + user.orgCode() + "/" + cycle(), AuditField.HIDDEN, Flag.Y.name(), Flag.N.name());
		this.predictions.physiciansChanged(List.of(certNo));
	}

	/**
	 * Checks an approval before it is confirmed: REVIEW, own physicians, applications waiting at their main org.
	 *
	 * @return the physicians that will be approved, each with its scopes and whether the specialty is outside them
	 */
	List<Reviewed> checkApprove(CurrentUser user, List<String> certNos) {
		this.phases.require(Phase.REVIEW, "审核通过");
		if (certNos == null || certNos.isEmpty()) {
			throw new ActionRefused("请先勾选要审核通过的医师。");
		}
		if (certNos.size() > 500) {
			throw new ActionRefused("一次最多审核 500 名医师，请分批审核。");
		}
		List<InstitutionMapper.PhysicianRow> selected = this.mapper.findSelected(user.orgCode(), cycle(), certNos, now());
		if (selected.size() != certNos.stream().distinct().count()) {
			throw new AccessDeniedException("not a physician of this institution");
		}
		List<String> approvable = this.mapper.submittedAtMainOrg(user.orgCode(), cycle(), certNos);
		if (approvable.isEmpty()) {
			throw new ActionRefused("所选医师没有待审核的报名（或本院不是其主要执业机构，报名由主要执业机构审核）。");
		}
		return reviewed(selected.stream().filter(row -> approvable.contains(row.certNo())).toList());
	}

	/** @return how many applications were approved */
	@Transactional
	int approve(CurrentUser user, List<String> certNos) {
		List<String> approvable = checkApprove(user, certNos).stream().map(r -> r.row().certNo()).toList();
		int approved = this.mapper.approve(user.orgCode(), cycle(), approvable, now());
		for (String certNo : approvable) {
			this.audit.record(user, district(user), AuditEntity.APPLICATION, key(certNo, cycle()), AuditField.STATUS,
					ApplicationStatus.SUBMITTED.name(), ApplicationStatus.APPROVED.name());
		}
		this.progress.touch(approvable);
		this.predictions.physiciansChanged(approvable);
		return approved;
	}

	/**
	 * Checks a return before it is confirmed: REVIEW, own physician, a reason of at most 500 characters, an
	 * application submitted or approved at this main org.
	 *
	 * @return the physician, whom the confirmation and the notice name
	 */
	InstitutionMapper.PhysicianRow checkReturn(CurrentUser user, String certNo, String reason) {
		this.phases.require(Phase.REVIEW, "打回报名");
		InstitutionMapper.PhysicianRow row = physician(user, certNo);
		if (reason == null || reason.isBlank()) {
			throw new ActionRefused("打回报名须填写原因（医师会看到它，并据此修改后重新提交）。");
		}
		if (reason.trim().length() > 500) {
			throw new ActionRefused("打回原因最长 500 字，请精简后再提交。");
		}
		if (!row.isMain() || !row.returnable()) {
			throw new ActionRefused(row.name() + "（" + certNo + "）没有可打回的报名（报名由主要执业机构审核，只能打回已提交或已审核通过的报名）。");
		}
		return row;
	}

	@Transactional
	void returnApplication(CurrentUser user, String certNo, String reason) {
		InstitutionMapper.PhysicianRow row = checkReturn(user, certNo, reason);
		if (this.mapper.returnApplication(user.orgCode(), cycle(), certNo, reason.trim(), now()) == 0) {
			throw new ActionRefused("该医师没有可打回的报名（或本机构不是其主要执业机构）。");
		}
		this.audit.record(user, district(user), AuditEntity.APPLICATION, key(certNo, cycle()), AuditField.STATUS,
				row.status() == null ? null : row.status().name(), ApplicationStatus.RETURNED.name());
		this.audit.record(user, district(user), AuditEntity.APPLICATION, key(certNo, cycle()), AuditField.RETURN_REASON,
				row.returnReason(), reason.trim());
		this.progress.touch(List.of(certNo));
		this.predictions.physiciansChanged(List.of(certNo));
	}

	/**
	 * Saves the ratings that changed; a blank pair means "not rated yet" and is skipped.
	 *
	 * @param ratings the form's fields {@code ethics-<cert_no>} and {@code performance-<cert_no>}
	 */
	@Transactional
	int saveRatings(CurrentUser user, List<String> certNos, Map<String, String> ratings) {
		this.phases.require(Phase.EVALUATION, "职业道德和工作成绩考核");
		List<String> saved = new ArrayList<>();
		for (String certNo : certNos) {
			String e = ratings.getOrDefault("ethics-" + certNo, "");
			String p = ratings.getOrDefault("performance-" + certNo, "");
			if (e.isEmpty() && p.isEmpty()) {
				continue;
			}
			Optional<Rating> ethics = Rating.fromCode(e);
			Optional<Rating> performance = Rating.fromCode(p);
			if (ethics.isEmpty() || performance.isEmpty()) {
				throw new ActionRefused("医师 " + certNo + " 的职业道德和工作成绩须同时评为合格或不合格，没有保存任何评价，请补全后再保存。");
			}
			if (rate(user, certNo, ethics.get(), performance.get())) {
				saved.add(certNo);
			}
		}
		if (!saved.isEmpty()) {
			this.progress.touchSite(user.orgCode());
			this.predictions.physiciansChanged(saved);
		}
		return saved.size();
	}

	private boolean rate(CurrentUser user, String certNo, Rating ethics, Rating performance) {
		InstitutionMapper.RatingRow row = this.mapper.findRating(user.orgCode(), cycle(), certNo, now());
		if (row == null) {
			if (this.mapper.atSite(user.orgCode(), certNo)) {
				throw new ActionRefused("医师 " + certNo + " 的报名尚未审核通过（或已被暂存），不能评价。");
			}
			throw new AccessDeniedException("not a physician of this institution");
		}
		if (ethics == row.ethics() && performance == row.performance()) {
			return false;
		}
		if (this.mapper.updateRating(user.orgCode(), cycle(), certNo, ethics, performance, now()) == 0) {
			this.mapper.insertRating(user.orgCode(), cycle(), certNo, ethics, performance, now());
		}
		String key = certNo + "/" + user.orgCode() + "/" + cycle();
		this.audit.record(user, district(user), AuditEntity.EVALUATION, key, AuditField.ETHICS, code(row.ethics()),
				ethics.name());
		this.audit.record(user, district(user), AuditEntity.EVALUATION, key, AuditField.PERFORMANCE,
				code(row.performance()), performance.name());
		return true;
	}

	/** How many physicians "all pass" would rate: those of the list this institution has not rated yet. */
	long countAllPass(CurrentUser user, PhysicianFilter filter) {
		this.phases.require(Phase.EVALUATION, "职业道德 工作成绩全部合格");
		return this.mapper.countUnrated(filter);
	}

	/**
	 * 职业道德 工作成绩合格 for every physician of the list not yet rated (慎用, spec "Web" Institution): a rating
	 * already given — 不合格 above all — is never changed; each physician rated gets an audit row. Only when the
	 * count the user confirmed is still the count it would rate, so nobody rates more than the confirmation named.
	 */
	@Transactional
	long allPass(CurrentUser user, PhysicianFilter filter, long confirmedCount) {
		long count = countAllPass(user, filter);
		if (count != confirmedCount) {
			throw new ActionRefused("名单已变化（确认时 " + confirmedCount + " 人，现在 " + count + " 人未评价），没有评价任何人，请重新确认。");
		}
		this.mapper.auditAllPass(filter, user.username(), district(user));
		int rated = this.mapper.insertAllPass(filter);
		this.progress.touchSite(user.orgCode());
		this.predictions.siteChanged(user.orgCode());
		return rated;
	}

	/** @return how many ratings a confirmation would confirm */
	long checkConfirmRatings(CurrentUser user) {
		this.phases.require(Phase.CONFIRMATION, "考核结果确认");
		long count = this.mapper.countUnconfirmed(user.orgCode(), cycle());
		if (count == 0) {
			throw new ActionRefused("没有待确认的评价。");
		}
		return count;
	}

	@Transactional
	long confirmRatings(CurrentUser user) {
		long count = checkConfirmRatings(user);
		this.mapper.auditConfirm(user.orgCode(), cycle(), user.username(), district(user), now());
		this.mapper.confirmRatings(user.orgCode(), cycle(), now());
		this.predictions.siteChanged(user.orgCode());
		return count;
	}

	// ---------------------------------------------------------------- 机构登记
	@Transactional
	void confirmRegistration(CurrentUser user) {
		this.phases.requireBeforeClose("确认机构登记信息");
		this.mapper.confirmRegistration(user.orgCode(), cycle(), user.username(), now());
		this.audit.record(user, district(user), AuditEntity.INSTITUTION_CONFIRMATION, user.orgCode() + "/" + cycle(),
				AuditField.CONFIRMED, null, Flag.Y.name());
	}

	@Transactional
	void saveMember(CurrentUser user, InstitutionMapper.Member member) {
		this.phases.requireBeforeClose("维护考核委员会/办公室");
		if (member.name() == null || member.name().isBlank()) {
			throw new ActionRefused("请填写姓名。");
		}
		if (member.name().length() > 100 || nz(member.position()).length() > 100 || nz(member.phone()).length() > 32) {
			throw new ActionRefused("姓名、职务最长 100 字，电话最长 32 位，请修改后再保存。");
		}
		if (member.id() == null) {
			if (MemberBody.fromCode(member.body()).isEmpty()) {
				throw new ActionRefused("请选择考核委员会或考核办公室。");
			}
			this.mapper.insertMember(user.orgCode(), member, now());
			this.audit.record(user, district(user), AuditEntity.INSTITUTION_MEMBER,
					user.orgCode() + "/" + member.body(), AuditField.MEMBER, null,
					member.name() + " " + nz(member.position()) + " " + nz(member.phone()));
			return;
		}
		InstitutionMapper.Member old = this.mapper.findMember(user.orgCode(), member.id());
		if (old == null) {
			throw new AccessDeniedException("not a member of this institution");
		}
		this.mapper.updateMember(user.orgCode(), member, now());
		this.audit.record(user, district(user), AuditEntity.INSTITUTION_MEMBER, user.orgCode() + "/" + member.id(),
				AuditField.MEMBER, old.name() + " " + nz(old.position()) + " " + nz(old.phone()),
				member.name() + " " + nz(member.position()) + " " + nz(member.phone()));
	}

	InstitutionMapper.Member checkDeleteMember(CurrentUser user, long id) {
		this.phases.requireBeforeClose("维护考核委员会/办公室");
		InstitutionMapper.Member old = this.mapper.findMember(user.orgCode(), id);
		if (old == null) {
			throw new AccessDeniedException("not a member of this institution");
		}
		return old;
	}

	@Transactional
	void deleteMember(CurrentUser user, long id) {
		InstitutionMapper.Member old = checkDeleteMember(user, id);
		this.mapper.deleteMember(user.orgCode(), id);
		this.audit.record(user, district(user), AuditEntity.INSTITUTION_MEMBER, user.orgCode() + "/" + id,
				AuditField.MEMBER, old.name(), null);
	}

	@Transactional
	void applyAsAssessmentInstitution(CurrentUser user) {
		this.phases.requireBeforeClose("申请为考核机构");
		if (this.mapper.findAssessmentApplication(user.orgCode(), cycle()) != null) {
			throw new ActionRefused("本年度已提交过申请。");
		}
		this.mapper.insertAssessmentApplication(user.orgCode(), cycle(), user.username(), now());
		this.audit.record(user, district(user), AuditEntity.ASSESSMENT_APPLICATION, user.orgCode() + "/" + cycle(),
				AuditField.STATUS, null, AssessmentStatus.PENDING.name());
	}

	/** A rating as the audit trail stores it: its code, or nothing. */
	private static String code(Rating rating) {
		return rating == null ? null : rating.name();
	}

	private static String nz(String value) {
		return value == null ? "" : value;
	}

}
