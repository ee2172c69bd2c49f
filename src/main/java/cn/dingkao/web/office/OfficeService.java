package cn.dingkao.web.office;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import cn.dingkao.ruling.ApplicationStatus;
import cn.dingkao.ruling.Cycle;
import cn.dingkao.web.ActionRefused;
import cn.dingkao.web.AssessmentStatus;
import cn.dingkao.web.AuditEntity;
import cn.dingkao.web.AuditField;
import cn.dingkao.web.AuditLog;
import cn.dingkao.web.CurrentUser;
import cn.dingkao.web.PhaseGuard;
import cn.dingkao.web.SpecialtyChoices;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Office decisions: assessment institutions (effective 24 h after approval, manual §5) and exam delegations. */
@Service
class OfficeService {

	static final Duration EFFECTIVE_AFTER = Duration.ofHours(24);

	private final OfficeMapper mapper;

	private final PhaseGuard phases;

	private final AuditLog audit;

	private final SpecialtyChoices specialties;

	OfficeService(OfficeMapper mapper, PhaseGuard phases, AuditLog audit, SpecialtyChoices specialties) {
		this.mapper = mapper;
		this.phases = phases;
		this.audit = audit;
		this.specialties = specialties;
	}

	Set<String> associations() {
		return this.specialties.associations();
	}

	@Transactional
	void approveAssessment(CurrentUser user, String org) {
		this.phases.requireBeforeClose("审批考核机构");
		String district = this.mapper.institutionDistrict(org);
		if (district == null || (user.districtScope() != null && !user.districtScope().equals(district))) {
			throw new AccessDeniedException("institution not in this district");
		}
		LocalDateTime now = this.audit.now();
		if (this.mapper.approveAssessment(user.districtScope(), this.phases.cycle(), org, user.username(), now,
				now.plus(EFFECTIVE_AFTER)) == 0) {
			throw new ActionRefused("该机构没有待审批的考核机构申请（可能已被审批）。");
		}
		this.audit.record(user, district, AuditEntity.ASSESSMENT_APPLICATION, org + "/" + this.phases.cycle(),
				AuditField.STATUS, AssessmentStatus.PENDING.name(), AssessmentStatus.APPROVED.name());
	}

	/**
	 * Delegates an approved physician's exam to an association (附件2 注2): only to an association whose catalog
	 * rows cover one of the physician's 执业范围, and to an assessment institution (是否考核机构 = 是).
	 */
	@Transactional
	void delegate(CurrentUser user, String certNo, String board, String examOrg) {
		this.phases.requireBeforeClose("委托协会考核");
		Cycle cycle = this.phases.cycle();
		OfficeMapper.DelegationCandidate physician = this.mapper.delegationCandidate(certNo, cycle);
		if (physician == null) {
			throw new ActionRefused("证件号码 " + certNo + " 不在应考医师名单中，请核对后重新输入。");
		}
		if (user.districtScope() != null && !user.districtScope().equals(physician.districtCode())) {
			throw new AccessDeniedException("physician not in this district");
		}
		if (physician.applicationStatus() != ApplicationStatus.APPROVED) {
			throw new ActionRefused("只有报名已审核通过的医师才能委托；" + physician.name() + "（" + certNo + "）的报名状态是"
					+ (physician.applicationStatus() == null ? "未报名" : physician.applicationStatus().label()) + "。");
		}
		if (!this.specialties.associations().contains(board)) {
			throw new ActionRefused("请从列表中选择专业目录里的委托协会。");
		}
		List<String> scopes = SpecialtyChoices.scopes(physician.practiceScopes());
		Set<String> allowed = this.specialties.associationsFor(scopes);
		if (!allowed.contains(board)) {
			throw new ActionRefused(physician.name() + "（" + certNo + "）的执业范围是「" + String.join("、", scopes)
					+ "」，" + board + "的考核目录不含这些执业范围，不能委托给该协会；"
					+ (allowed.isEmpty() ? "该医师的执业范围没有可委托的协会，应参加全市统一的业务水平测评。"
							: "可委托的协会：" + String.join("、", allowed) + "。"));
		}
		if (this.mapper.examOrgs().stream().noneMatch(org -> org.orgCode().equals(examOrg))) {
			throw new ActionRefused("请从列表中选择考核机构（机构名单中「是否考核机构」为是的机构）。");
		}
		LocalDateTime now = this.audit.now();
		String oldOrg = this.mapper.currentExamOrg(certNo, cycle);
		String oldBoard = this.mapper.currentBoard(certNo, cycle);
		this.mapper.setExamOrg(certNo, cycle, examOrg, now);
		if (this.mapper.updateDelegation(certNo, cycle, board, examOrg, user.username(), now) == 0) {
			this.mapper.insertDelegation(certNo, cycle, board, examOrg, user.username(), now);
		}
		this.audit.record(user, physician.districtCode(), AuditEntity.APPLICATION, certNo + "/" + cycle,
				AuditField.EXAM_ORG_CODE, oldOrg, examOrg);
		this.audit.record(user, physician.districtCode(), AuditEntity.EXAM_DELEGATION, certNo + "/" + cycle,
				AuditField.BOARD, oldBoard, board);
	}

}
