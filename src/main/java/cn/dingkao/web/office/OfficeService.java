package cn.dingkao.web.office;

import java.time.Duration;
import java.time.LocalDateTime;

import cn.dingkao.ruling.Cycle;

import cn.dingkao.web.ActionRefused;
import cn.dingkao.web.AuditLog;
import cn.dingkao.web.CurrentUser;
import cn.dingkao.web.PhaseGuard;

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

	OfficeService(OfficeMapper mapper, PhaseGuard phases, AuditLog audit) {
		this.mapper = mapper;
		this.phases = phases;
		this.audit = audit;
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
			throw new ActionRefused("该机构没有待审批的考核机构申请。");
		}
		this.audit.record(user, district, "assessment_application", org + "/" + this.phases.cycle(), "status", "PENDING",
				"APPROVED");
	}

	@Transactional
	void delegate(CurrentUser user, String certNo, String board, String examOrg) {
		this.phases.requireBeforeClose("委托协会考核");
		Cycle cycle = this.phases.cycle();
		String district = this.mapper.approvedApplicationDistrict(certNo, cycle);
		if (district == null) {
			throw new ActionRefused("只有报名已审核通过的医师才能委托（证件号码 " + certNo + "）。");
		}
		if (user.districtScope() != null && !user.districtScope().equals(district)) {
			throw new AccessDeniedException("physician not in this district");
		}
		if (!this.mapper.associations().contains(board)) {
			throw new ActionRefused("请选择专业目录中的委托协会。");
		}
		if (this.mapper.examOrgs().stream().noneMatch(org -> org.orgCode().equals(examOrg))) {
			throw new ActionRefused("请选择考核机构（是否考核机构 = 是）。");
		}
		LocalDateTime now = this.audit.now();
		String old = this.mapper.currentExamOrg(certNo, cycle);
		this.mapper.setExamOrg(certNo, cycle, examOrg, now);
		if (this.mapper.updateDelegation(certNo, cycle, board, examOrg, user.username(), now) == 0) {
			this.mapper.insertDelegation(certNo, cycle, board, examOrg, user.username(), now);
		}
		this.audit.record(user, district, "application", certNo + "/" + cycle, "exam_org_code", old, examOrg);
	}

}
