package cn.dingkao.web.physician;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import cn.dingkao.ruling.Cycle;

import cn.dingkao.web.ActionRefused;
import cn.dingkao.web.AuditLog;
import cn.dingkao.web.CurrentUser;
import cn.dingkao.ruling.Phase;
import cn.dingkao.web.PhaseGuard;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 医师信息确认 and 考核申请: the physician's own data only (the cert_no of the login). */
@Service
class PhysicianService {

	static final List<String> SECTIONS = List.of("PERSONAL", "PRACTICE", "MULTISITE");

	private final PhysicianMapper mapper;

	private final PhaseGuard phases;

	private final AuditLog audit;

	PhysicianService(PhysicianMapper mapper, PhaseGuard phases, AuditLog audit) {
		this.mapper = mapper;
		this.phases = phases;
		this.audit = audit;
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

	List<PhysicianMapper.Result> results(CurrentUser user) {
		return this.mapper.recentResults(user.username());
	}

	boolean hidden(CurrentUser user) {
		return this.mapper.isHidden(user.username(), cycle(), this.audit.now());
	}

	/** The catalog's exam specialties for the physician's scopes, plus the scopes themselves. */
	List<String> allowedSpecialties(PhysicianMapper.Physician physician) {
		List<String> scopes = scopes(physician);
		Set<String> allowed = new TreeSet<>(scopes);
		if (!scopes.isEmpty()) {
			allowed.addAll(this.mapper.allowedSpecialties(scopes));
		}
		return new ArrayList<>(allowed);
	}

	@Transactional
	void confirm(CurrentUser user, String section) {
		if (!SECTIONS.contains(section)) {
			throw new ActionRefused("未知的确认项。");
		}
		this.phases.require(Phase.REGISTRATION, "信息确认");
		this.mapper.insertConfirmation(user.username(), cycle(), section, this.audit.now());
		this.audit.record(user, this.mapper.districtOf(user.username()), "physician_confirmation",
				user.username() + "/" + cycle(), section, null, "已确认");
	}

	@Transactional
	void submit(CurrentUser user, ApplicationForm form) {
		this.phases.require(Phase.REGISTRATION, "提交考核申请");
		PhysicianMapper.Physician physician = physician(user);
		if (physician == null) {
			throw new ActionRefused("应考医师名单中没有您的记录，请联系执业机构。");
		}
		if (hidden(user)) {
			throw new ActionRefused("您已被机构暂存（隐藏），不能报名，请联系机构解除隐藏。");
		}
		if (!confirmedSections(user).containsAll(SECTIONS)) {
			throw new ActionRefused("请先确认个人信息、执业信息和多点执业信息，再提交报名。");
		}
		if (form.specialty() == null || !allowedSpecialties(physician).contains(form.specialty())) {
			throw new ActionRefused("报考专业须从您的执业范围可选的专业中选择。");
		}
		boolean simplified = "Y".equals(form.simplified());
		if (simplified) {
			if (form.simplifiedCategory() == null || form.simplifiedCategory() < 1 || form.simplifiedCategory() > 7) {
				throw new ActionRefused("选择简易程序时须选择类别（1–7）。");
			}
			if (form.evidenceRef() == null || form.evidenceRef().isBlank()) {
				throw new ActionRefused("选择简易程序时须填写证明材料编号。");
			}
		}
		if (form.aidMonths() != null && (form.aidMonths() < 0 || form.aidMonths() > 36)) {
			throw new ActionRefused("支援月数应在 0–36 之间。");
		}
		PhysicianMapper.Application old = application(user);
		if (old != null && "APPROVED".equals(old.status())) {
			throw new ActionRefused("报名已审核通过，不能再修改。");
		}
		LocalDateTime now = this.audit.now();
		PhysicianMapper.Application next = new PhysicianMapper.Application(user.username(), cycle(), form.specialty(),
				"SUBMITTED", now, null, simplified ? "Y" : "N", simplified ? form.simplifiedCategory() : null,
				simplified ? form.evidenceRef().trim() : null, simplified ? form.evidenceDate() : null,
				simplified ? form.aidMonths() : null, null, null, now);
		if (old == null) {
			this.mapper.insertApplication(next);
		}
		else if (this.mapper.updateApplication(next) == 0) {
			throw new ActionRefused("报名已审核通过，不能再修改。");
		}
		String district = this.mapper.districtOf(user.username());
		String key = user.username() + "/" + cycle();
		this.audit.record(user, district, "application", key, "status", old == null ? null : old.status(), "SUBMITTED");
		this.audit.record(user, district, "application", key, "specialty", old == null ? null : old.specialty(),
				form.specialty());
		this.audit.record(user, district, "application", key, "simplified", old == null ? null : old.simplified(),
				next.simplified());
		this.audit.record(user, district, "application", key, "simplified_category",
				old == null ? null : old.simplifiedCategory(), next.simplifiedCategory());
	}

	private static List<String> scopes(PhysicianMapper.Physician physician) {
		if (physician == null || physician.practiceScopes() == null) {
			return List.of();
		}
		return Arrays.stream(physician.practiceScopes().split("[;；]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	record ApplicationForm(String specialty, String simplified, Integer simplifiedCategory, String evidenceRef,
			LocalDate evidenceDate, Integer aidMonths) {
	}

}
