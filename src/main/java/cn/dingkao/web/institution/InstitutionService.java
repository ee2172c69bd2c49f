package cn.dingkao.web.institution;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import cn.dingkao.ruling.Cycle;

import cn.dingkao.web.ActionRefused;
import cn.dingkao.web.AuditLog;
import cn.dingkao.web.CurrentUser;
import cn.dingkao.ruling.Phase;
import cn.dingkao.web.PhaseGuard;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The institution's actions on its own physicians; each checks the phase, the scope and writes the audit. */
@Service
class InstitutionService {

	private static final Set<String> RATINGS = Set.of("PASS", "FAIL");

	private final InstitutionMapper mapper;

	private final PhaseGuard phases;

	private final AuditLog audit;

	InstitutionService(InstitutionMapper mapper, PhaseGuard phases, AuditLog audit) {
		this.mapper = mapper;
		this.phases = phases;
		this.audit = audit;
	}

	Cycle cycle() {
		return this.phases.cycle();
	}

	LocalDateTime now() {
		return this.audit.now();
	}

	PhysicianFilter filter(CurrentUser user, String status, String q, int page) {
		return new PhysicianFilter(user.orgCode(), cycle(), now(), status, q, page);
	}

	InstitutionMapper.PhysicianRow physician(CurrentUser user, String certNo) {
		InstitutionMapper.PhysicianRow row = this.mapper.findPhysician(user.orgCode(), cycle(), certNo, now());
		if (row == null) {
			throw new AccessDeniedException("not a physician of this institution");
		}
		return row;
	}

	private String district(CurrentUser user) {
		return user.districtCode();
	}

	private static String key(String certNo, Cycle cycle) {
		return certNo + "/" + cycle;
	}

	@Transactional
	void hide(CurrentUser user, String certNo, String reason) {
		this.phases.requireBeforeClose("隐藏医师");
		// any practice site may hide its own physician (manual §6, spec §The ruling): a hide by the main org
		// takes the physician out of the assessment, a hide by another site only removes that site
		physician(user, certNo);
		if (reason == null || reason.isBlank()) {
			throw new ActionRefused("隐藏医师须填写原因。");
		}
		InstitutionMapper.HiddenRow old = this.mapper.findHide(user.orgCode(), cycle(), certNo);
		if (old == null) {
			this.mapper.insertHide(user.orgCode(), cycle(), certNo, reason.trim(), now());
		}
		else {
			this.mapper.rehide(user.orgCode(), cycle(), certNo, reason.trim(), now());
		}
		this.audit.record(user, district(user), "physician_hide", certNo + "/" + user.orgCode() + "/" + cycle(), "hidden",
				"N", "Y（" + reason.trim() + "）");
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
		this.audit.record(user, district(user), "physician_hide", certNo + "/" + user.orgCode() + "/" + cycle(), "hidden",
				"Y", "N");
	}

	/** @return how many applications were approved */
	@Transactional
	int approve(CurrentUser user, List<String> certNos) {
		this.phases.require(Phase.REVIEW, "审核通过");
		if (certNos == null || certNos.isEmpty()) {
			throw new ActionRefused("请先选择要审核的医师。");
		}
		for (String certNo : certNos) {
			physician(user, certNo);
		}
		List<String> approvable = this.mapper.submittedAtMainOrg(user.orgCode(), cycle(), certNos);
		if (approvable.isEmpty()) {
			throw new ActionRefused("所选医师没有待审核的报名（或本机构不是其主要执业机构）。");
		}
		int approved = this.mapper.approve(user.orgCode(), cycle(), approvable, now());
		for (String certNo : approvable) {
			this.audit.record(user, district(user), "application", key(certNo, cycle()), "status", "SUBMITTED", "APPROVED");
		}
		return approved;
	}

	@Transactional
	void returnApplication(CurrentUser user, String certNo, String reason) {
		this.phases.require(Phase.REVIEW, "打回报名");
		InstitutionMapper.PhysicianRow row = physician(user, certNo);
		if (reason == null || reason.isBlank()) {
			throw new ActionRefused("打回报名须填写原因。");
		}
		if (this.mapper.returnApplication(user.orgCode(), cycle(), certNo, reason.trim(), now()) == 0) {
			throw new ActionRefused("该医师没有可打回的报名（或本机构不是其主要执业机构）。");
		}
		this.audit.record(user, district(user), "application", key(certNo, cycle()), "status", row.status(), "RETURNED");
		this.audit.record(user, district(user), "application", key(certNo, cycle()), "return_reason", row.returnReason(),
				reason.trim());
	}

	/** Saves the ratings that changed; a blank pair means "not rated yet" and is skipped. */
	@Transactional
	int saveRatings(CurrentUser user, List<String> certNos, List<String> ethics, List<String> performance) {
		this.phases.require(Phase.EVALUATION, "职业道德和工作成绩考核");
		int saved = 0;
		for (int i = 0; i < certNos.size(); i++) {
			String e = i < ethics.size() ? ethics.get(i) : "";
			String p = i < performance.size() ? performance.get(i) : "";
			if (e.isEmpty() && p.isEmpty()) {
				continue;
			}
			if (!RATINGS.contains(e) || !RATINGS.contains(p)) {
				throw new ActionRefused("职业道德和工作成绩须同时评为合格或不合格。");
			}
			saved += rate(user, certNos.get(i), e, p) ? 1 : 0;
		}
		return saved;
	}

	private boolean rate(CurrentUser user, String certNo, String ethics, String performance) {
		InstitutionMapper.RatingRow row = this.mapper.findRating(user.orgCode(), cycle(), certNo, now());
		if (row == null) {
			if (this.mapper.atSite(user.orgCode(), certNo)) {
				throw new ActionRefused("医师 " + certNo + " 的报名尚未审核通过（或已被暂存），不能评价。");
			}
			throw new AccessDeniedException("not a physician of this institution");
		}
		if (ethics.equals(row.ethics()) && performance.equals(row.performance())) {
			return false;
		}
		if (this.mapper.updateRating(user.orgCode(), cycle(), certNo, ethics, performance, now()) == 0) {
			this.mapper.insertRating(user.orgCode(), cycle(), certNo, ethics, performance, now());
		}
		String key = certNo + "/" + user.orgCode() + "/" + cycle();
		this.audit.record(user, district(user), "evaluation", key, "ethics", row.ethics(), ethics);
		this.audit.record(user, district(user), "evaluation", key, "performance", row.performance(), performance);
		return true;
	}

	long countAllPass(PhysicianFilter filter) {
		return this.mapper.countNotAllPass(filter);
	}

	/**
	 * 职业道德 工作成绩合格 for every listed physician (慎用): only when the count the user confirmed is still
	 * the count that would change, so nobody rates more physicians than the confirmation page named.
	 */
	@Transactional
	long allPass(CurrentUser user, PhysicianFilter filter, long confirmedCount) {
		this.phases.require(Phase.EVALUATION, "职业道德 工作成绩全部合格");
		long count = this.mapper.countNotAllPass(filter);
		if (count != confirmedCount) {
			throw new ActionRefused("名单已变化（确认时 " + confirmedCount + " 人，现在 " + count + " 人），请重新确认。");
		}
		this.mapper.auditAllPass(filter, user.username(), district(user));
		this.mapper.updateAllPass(filter);
		this.mapper.insertAllPass(filter);
		return count;
	}

	@Transactional
	long confirmRatings(CurrentUser user) {
		this.phases.require(Phase.CONFIRMATION, "考核结果确认");
		long count = this.mapper.countUnconfirmed(user.orgCode(), cycle());
		if (count == 0) {
			throw new ActionRefused("没有待确认的评价。");
		}
		this.mapper.auditConfirm(user.orgCode(), cycle(), user.username(), district(user), now());
		this.mapper.confirmRatings(user.orgCode(), cycle(), now());
		return count;
	}

	// ---------------------------------------------------------------- 机构登记
	@Transactional
	void confirmRegistration(CurrentUser user) {
		this.phases.requireBeforeClose("确认机构登记信息");
		this.mapper.confirmRegistration(user.orgCode(), cycle(), user.username(), now());
		this.audit.record(user, district(user), "institution_confirmation", user.orgCode() + "/" + cycle(), "confirmed",
				null, "Y");
	}

	@Transactional
	void saveMember(CurrentUser user, InstitutionMapper.Member member) {
		this.phases.requireBeforeClose("维护考核委员会/办公室");
		if (member.name() == null || member.name().isBlank()) {
			throw new ActionRefused("请填写姓名。");
		}
		if (member.id() == null) {
			if (!Set.of("COMMITTEE", "OFFICE").contains(member.body())) {
				throw new ActionRefused("未知的组织类型。");
			}
			this.mapper.insertMember(user.orgCode(), member, now());
			this.audit.record(user, district(user), "institution_member", user.orgCode() + "/" + member.body(), "member",
					null, member.name() + " " + nz(member.position()) + " " + nz(member.phone()));
			return;
		}
		InstitutionMapper.Member old = this.mapper.findMember(user.orgCode(), member.id());
		if (old == null) {
			throw new AccessDeniedException("not a member of this institution");
		}
		this.mapper.updateMember(user.orgCode(), member, now());
		this.audit.record(user, district(user), "institution_member", user.orgCode() + "/" + member.id(), "member",
				old.name() + " " + nz(old.position()) + " " + nz(old.phone()),
				member.name() + " " + nz(member.position()) + " " + nz(member.phone()));
	}

	@Transactional
	void deleteMember(CurrentUser user, long id) {
		this.phases.requireBeforeClose("维护考核委员会/办公室");
		InstitutionMapper.Member old = this.mapper.findMember(user.orgCode(), id);
		if (old == null) {
			throw new AccessDeniedException("not a member of this institution");
		}
		this.mapper.deleteMember(user.orgCode(), id);
		this.audit.record(user, district(user), "institution_member", user.orgCode() + "/" + id, "member", old.name(),
				null);
	}

	@Transactional
	void applyAsAssessmentInstitution(CurrentUser user) {
		this.phases.requireBeforeClose("申请为考核机构");
		if (this.mapper.findAssessmentApplication(user.orgCode(), cycle()) != null) {
			throw new ActionRefused("本年度已提交过申请。");
		}
		this.mapper.insertAssessmentApplication(user.orgCode(), cycle(), user.username(), now());
		this.audit.record(user, district(user), "assessment_application", user.orgCode() + "/" + cycle(), "status", null,
				"PENDING");
	}

	private static String nz(String value) {
		return value == null ? "" : value;
	}

}
