package cn.dingkao.web.institution;

import cn.dingkao.web.Confirmation;
import cn.dingkao.web.CurrentUser;
import cn.dingkao.web.account.PhoneService;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 机构登记, 考核委员会管理, 考核办公室管理, 申请为考核机构. */
@Controller
@RequestMapping("/institution/profile")
class InstitutionProfileController {

	private final InstitutionService service;

	private final InstitutionMapper mapper;

	private final PhoneService phones;

	InstitutionProfileController(InstitutionService service, InstitutionMapper mapper, PhoneService phones) {
		this.service = service;
		this.mapper = mapper;
		this.phones = phones;
	}

	@GetMapping
	String profile(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("institution", this.mapper.findInstitution(user.orgCode()));
		model.addAttribute("confirmedAt", this.mapper.registrationConfirmedAt(user.orgCode(), this.service.cycle()));
		model.addAttribute("members", this.mapper.findMembers(user.orgCode()));
		model.addAttribute("assessment", this.mapper.findAssessmentApplication(user.orgCode(), this.service.cycle()));
		model.addAttribute("cycle", this.service.cycle());
		model.addAttribute("bodies", MemberBody.values());
		model.addAttribute("editing", this.service.beforeClose("修改机构登记、考核委员会和办公室，或申请为考核机构"));
		// the contact phone: reminders' daily digest and the institution's own password codes go there
		model.addAttribute("phone", this.phones.phone(user));
		return "institution/profile";
	}

	@PostMapping("/confirm")
	String confirm(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.service.confirmRegistration(user);
		redirect.addFlashAttribute("notice", "机构登记信息已确认。");
		return "redirect:/institution/profile";
	}

	@PostMapping("/members")
	String saveMember(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long id,
			@RequestParam(defaultValue = "COMMITTEE") String body, @RequestParam String name,
			@RequestParam(required = false) String position, @RequestParam(required = false) String phone,
			RedirectAttributes redirect) {
		this.service.saveMember(user, new InstitutionMapper.Member(id, body, name, position, phone));
		redirect.addFlashAttribute("notice", "已保存。");
		return "redirect:/institution/profile";
	}

	@PostMapping("/members/{id}/delete")
	String deleteMember(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		InstitutionMapper.Member member = this.service.checkDeleteMember(user, id);
		if (!Confirmation.given(request)) {
			String body = MemberBody.fromCode(member.body()).map(MemberBody::label).orElse("");
			return Confirmation.ask(model, request, "删除成员", "将从" + body + "删除 "
					+ member.name() + (member.position() == null ? "" : "（" + member.position() + "）") + "。", "确定删除");
		}
		this.service.deleteMember(user, id);
		redirect.addFlashAttribute("notice", "已删除。");
		return "redirect:/institution/profile";
	}

	@PostMapping("/assessment")
	String apply(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.service.applyAsAssessmentInstitution(user);
		redirect.addFlashAttribute("notice", "已提交申请，待市/区县定考办审核通过后 24 小时内生效。");
		return "redirect:/institution/profile";
	}

}
