package cn.dingkao.web.institution;

import java.util.List;

import cn.dingkao.web.CurrentUser;
import cn.dingkao.web.account.PasswordService;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 医师信息管理 (隐藏 / 打回报名), 医师暂存, 考核申请审核 (审核通过 / 批量审核), 医疗机构考核, 考核机构考核, 综合查询. */
@Controller
@RequestMapping("/institution")
class InstitutionPhysicianController {

	private final InstitutionService service;

	private final InstitutionMapper mapper;

	private final PasswordService passwords;

	InstitutionPhysicianController(InstitutionService service, InstitutionMapper mapper, PasswordService passwords) {
		this.service = service;
		this.mapper = mapper;
		this.passwords = passwords;
	}

	@GetMapping("/physicians")
	String physicians(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String status,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Model model) {
		PhysicianFilter filter = this.service.filter(user, status, q, page);
		addPage(model, filter, this.mapper.countPhysicians(filter), this.mapper.findPhysicians(filter));
		return "institution/physicians";
	}

	@GetMapping("/physicians/{certNo}")
	String physician(@AuthenticationPrincipal CurrentUser user, @PathVariable String certNo, Model model) {
		model.addAttribute("p", this.service.physician(user, certNo));
		return "institution/physician";
	}

	@PostMapping("/physicians/{certNo}/hide")
	String hide(@AuthenticationPrincipal CurrentUser user, @PathVariable String certNo, @RequestParam String reason,
			RedirectAttributes redirect) {
		this.service.hide(user, certNo, reason);
		redirect.addFlashAttribute("notice", "已隐藏 " + certNo + "，可在「医师暂存」中取消隐藏。");
		return "redirect:/institution/physicians";
	}

	@PostMapping("/physicians/{certNo}/unhide")
	String unhide(@AuthenticationPrincipal CurrentUser user, @PathVariable String certNo, RedirectAttributes redirect) {
		this.service.unhide(user, certNo);
		redirect.addFlashAttribute("notice", "已取消隐藏 " + certNo + "。");
		return "redirect:/institution/hidden";
	}

	@PostMapping("/physicians/{certNo}/return")
	String returnApplication(@AuthenticationPrincipal CurrentUser user, @PathVariable String certNo,
			@RequestParam String reason, RedirectAttributes redirect) {
		this.service.returnApplication(user, certNo, reason);
		redirect.addFlashAttribute("notice", "已打回 " + certNo + " 的报名。");
		return "redirect:/institution/physicians";
	}

	@PostMapping("/physicians/{certNo}/reset-password")
	String resetPassword(@AuthenticationPrincipal CurrentUser user, @PathVariable String certNo,
			RedirectAttributes redirect) {
		this.passwords.resetToInitial(user, certNo);
		redirect.addFlashAttribute("notice", "已将 " + certNo + " 的密码重置为初始密码。");
		return "redirect:/institution/physicians/" + certNo;
	}

	@PostMapping("/approve")
	String approve(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) List<String> certNo,
			RedirectAttributes redirect) {
		int approved = this.service.approve(user, certNo);
		redirect.addFlashAttribute("notice", "审核通过 " + approved + " 人。");
		return "redirect:/institution/physicians?status=SUBMITTED";
	}

	@GetMapping("/hidden")
	String hidden(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("rows", this.mapper.findHidden(user.orgCode(), this.service.cycle(), this.service.now()));
		return "institution/hidden";
	}

	@GetMapping("/ratings")
	String ratings(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String status,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Model model) {
		PhysicianFilter filter = this.service.filter(user, status, q, page);
		addPage(model, filter, this.mapper.countRatings(filter), this.mapper.findRatings(filter));
		model.addAttribute("unconfirmed", this.mapper.countUnconfirmed(user.orgCode(), this.service.cycle()));
		return "institution/ratings";
	}

	@PostMapping("/ratings")
	String saveRatings(@AuthenticationPrincipal CurrentUser user, @RequestParam List<String> certNo,
			@RequestParam List<String> ethics, @RequestParam List<String> performance, RedirectAttributes redirect) {
		int saved = this.service.saveRatings(user, certNo, ethics, performance);
		redirect.addFlashAttribute("notice", "已保存 " + saved + " 名医师的评价。");
		return "redirect:/institution/ratings";
	}

	@GetMapping("/ratings/all-pass")
	String allPassConfirmation(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String status,
			@RequestParam(required = false) String q, Model model) {
		PhysicianFilter filter = this.service.filter(user, status, q, 1);
		model.addAttribute("filter", filter);
		model.addAttribute("count", this.service.countAllPass(filter));
		return "institution/all-pass";
	}

	@PostMapping("/ratings/all-pass")
	String allPass(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String status,
			@RequestParam(required = false) String q, @RequestParam long count, RedirectAttributes redirect) {
		long changed = this.service.allPass(user, this.service.filter(user, status, q, 1), count);
		redirect.addFlashAttribute("notice", "已将 " + changed + " 名医师评为职业道德、工作成绩合格。");
		return "redirect:/institution/ratings";
	}

	@PostMapping("/ratings/confirm")
	String confirmRatings(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		long confirmed = this.service.confirmRatings(user);
		redirect.addFlashAttribute("notice", "已确认 " + confirmed + " 条评价。");
		return "redirect:/institution/ratings";
	}

	@GetMapping("/delegated")
	String delegated(@AuthenticationPrincipal CurrentUser user, Model model) {
		boolean assessing = this.mapper.isAssessmentInstitution(user.orgCode(), this.service.cycle(), this.service.now());
		model.addAttribute("assessing", assessing);
		model.addAttribute("rows", assessing ? this.mapper.findDelegated(user.orgCode(), this.service.cycle()) : List.of());
		return "institution/delegated";
	}

	@GetMapping("/results")
	String results(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String status,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Model model) {
		PhysicianFilter filter = this.service.filter(user, status, q, page);
		addPage(model, filter, this.mapper.countResults(filter), this.mapper.findResults(filter));
		return "institution/results";
	}

	/** A page of a filtered physician list: the rows, the total and the number of pages. */
	private static void addPage(Model model, PhysicianFilter filter, long total, List<?> rows) {
		model.addAttribute("filter", filter);
		model.addAttribute("total", total);
		model.addAttribute("pages", Math.max(1, (total + PhysicianFilter.PAGE_SIZE - 1) / PhysicianFilter.PAGE_SIZE));
		model.addAttribute("rows", rows);
	}

}
