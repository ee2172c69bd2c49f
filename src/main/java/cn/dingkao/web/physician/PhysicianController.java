package cn.dingkao.web.physician;

import java.time.LocalDate;

import cn.dingkao.web.CurrentUser;
import cn.dingkao.web.SpecialtyChoices;
import cn.dingkao.web.account.PhoneService;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 医师信息确认 (个人信息 / 执业信息 / 多点执业信息 / 简易流程, 提交) and 医师考核查询. */
@Controller
@RequestMapping("/physician")
class PhysicianController {

	private final PhysicianService service;

	private final PhoneService phones;

	PhysicianController(PhysicianService service, PhoneService phones) {
		this.service = service;
		this.phones = phones;
	}

	@GetMapping
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		PhysicianMapper.Physician physician = this.service.physician(user);
		PhysicianMapper.Application application = this.service.application(user);
		model.addAttribute("physician", physician);
		model.addAttribute("scopes", physician == null ? java.util.List.of()
				: SpecialtyChoices.scopes(physician.practiceScopes()));
		model.addAttribute("sites", this.service.sites(user));
		// not "application": Thymeleaf reserves that name for the servlet context
		model.addAttribute("app", application);
		model.addAttribute("confirmed", this.service.confirmedSections(user));
		model.addAttribute("specialties", this.service.allowedSpecialties(user, physician));
		model.addAttribute("categories", this.service.simplifiedCategories());
		model.addAttribute("results", this.service.results(user));
		model.addAttribute("hidden", this.service.hidden(user));
		model.addAttribute("hides", this.service.activeHides(user));
		model.addAttribute("canSubmit", this.service.canSubmit(application));
		model.addAttribute("apply", this.service.applyWindow(application));
		model.addAttribute("locked", PhysicianService.locked(application));
		model.addAttribute("cycle", this.service.cycle());
		model.addAttribute("phone", this.phones.phone(user));
		return "physician/home";
	}

	@PostMapping("/confirm")
	String confirm(@AuthenticationPrincipal CurrentUser user, @RequestParam String section, RedirectAttributes redirect) {
		this.service.confirm(user, section);
		redirect.addFlashAttribute("notice", "已确认。");
		return "redirect:/physician";
	}

	@PostMapping("/apply")
	String apply(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String specialty,
			@RequestParam(required = false) String simplified,
			@RequestParam(required = false) Integer simplifiedCategory,
			@RequestParam(required = false) String evidenceRef,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate evidenceDate,
			@RequestParam(required = false) Integer aidMonths, RedirectAttributes redirect) {
		this.service.submit(user, new PhysicianService.ApplicationForm(specialty, simplified, simplifiedCategory,
				evidenceRef, evidenceDate, aidMonths));
		redirect.addFlashAttribute("notice", "报名已提交，等待主要执业机构审核。");
		return "redirect:/physician";
	}

}
