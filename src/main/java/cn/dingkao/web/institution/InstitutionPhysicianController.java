package cn.dingkao.web.institution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import cn.dingkao.ruling.Phase;
import cn.dingkao.web.Confirmation;
import cn.dingkao.web.CurrentUser;
import cn.dingkao.web.Paging;
import cn.dingkao.web.account.PasswordService;
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

/**
 * 医师信息管理 (隐藏 / 打回报名), 医师暂存, 考核申请审核 (审核通过 / 批量审核), 医疗机构考核, 考核机构考核, 综合查询.
 * Hide, batch approve, all pass, confirm and password reset each show a confirmation step first.
 */
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
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") long page, Model model) {
		PhysicianFilter filter = page(model, this.service.filter(user, status, q, page), this.mapper::countPhysicians);
		model.addAttribute("rows", this.service.reviewed(this.mapper.findPhysicians(filter)));
		model.addAttribute("choices", PhysicianFilter.physicianChoices());
		model.addAttribute("review", this.service.window(Phase.REVIEW, "审核报名（审核通过、打回）"));
		return "institution/physicians";
	}

	@GetMapping("/physicians/{certNo}")
	String physician(@AuthenticationPrincipal CurrentUser user, @PathVariable String certNo, Model model) {
		model.addAttribute("p", this.service.reviewed(List.of(this.service.physician(user, certNo))).get(0));
		model.addAttribute("review", this.service.window(Phase.REVIEW, "审核报名（审核通过、打回）"));
		model.addAttribute("hiding", this.service.beforeClose("隐藏医师"));
		return "institution/physician";
	}

	@PostMapping("/physicians/{certNo}/hide")
	String hide(@AuthenticationPrincipal CurrentUser user, @PathVariable String certNo, @RequestParam String reason,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		String effect = this.service.checkHide(user, certNo, reason);
		if (!Confirmation.given(request)) {
			return Confirmation.ask(model, request, "隐藏医师", effect, List.of(Confirmation.Line.of("原因：" + reason.trim())),
					"确定隐藏");
		}
		String name = this.service.physician(user, certNo).name();
		this.service.hide(user, certNo, reason);
		redirect.addFlashAttribute("notice", "已隐藏 " + name + "（" + certNo + "），可在「医师暂存」中取消隐藏。");
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
			@RequestParam String reason, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		InstitutionMapper.PhysicianRow row = this.service.checkReturn(user, certNo, reason);
		String who = row.name() + "（" + certNo + "）";
		if (!Confirmation.given(request)) {
			return Confirmation.ask(model, request, "打回报名", "将打回 " + who + "的报名。医师登录后会在页面最上方看到打回原因，"
					+ "可在报名审核阶段内修改后重新提交。", List.of(Confirmation.Line.of("报考专业：" + nz(row.specialty())),
							Confirmation.Line.of("打回原因：" + reason.trim())), "确定打回");
		}
		this.service.returnApplication(user, certNo, reason);
		redirect.addFlashAttribute("notice", "已打回 " + who + "的报名，医师可在报名审核阶段修改后重新提交。");
		return "redirect:/institution/physicians/" + certNo;
	}

	private static String nz(String value) {
		return value == null ? "—" : value;
	}

	@PostMapping("/physicians/{certNo}/reset-password")
	String resetPassword(@AuthenticationPrincipal CurrentUser user, @PathVariable String certNo,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		this.passwords.checkReset(user, certNo);
		if (!Confirmation.given(request)) {
			return Confirmation.ask(model, request, "重置密码", "将把医师 " + certNo + " 的密码重置为初始密码（证件号码后 6 位 + *Dk），"
					+ "其正在使用的登录会立即失效，下次登录须修改密码。", "确定重置");
		}
		this.passwords.resetToInitial(user, certNo);
		redirect.addFlashAttribute("notice", "已将 " + certNo + " 的密码重置为初始密码，并已使其退出登录。");
		return "redirect:/institution/physicians/" + certNo;
	}

	@PostMapping("/approve")
	String approve(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) List<String> certNo,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		List<InstitutionService.Reviewed> approvable = this.service.checkApprove(user, certNo);
		if (!Confirmation.given(request)) {
			List<Confirmation.Line> lines = new ArrayList<>();
			long flagged = 0;
			for (InstitutionService.Reviewed r : approvable) {
				String text = r.row().name() + "（" + r.row().certNo() + "）报考 " + r.row().specialty() + "，执业范围："
						+ String.join("、", r.scopes());
				if (r.outOfScope()) {
					flagged++;
					lines.add(Confirmation.Line.warning(text + " —— 报考专业不在执业范围内，应打回请医师改选"));
				}
				else {
					lines.add(Confirmation.Line.of(text));
				}
			}
			String message = "将审核通过以下 " + approvable.size() + " 名医师的报名。"
					+ (flagged > 0 ? "其中 " + flagged + " 名的报考专业不在其执业范围内，请先核对（可返回后打回）。" : "");
			return Confirmation.ask(model, request, "审核通过", message, lines, "确定审核通过");
		}
		int approved = this.service.approve(user, certNo);
		redirect.addFlashAttribute("notice", "审核通过 " + approved + " 人。");
		return "redirect:/institution/physicians?status=SUBMITTED";
	}

	@GetMapping("/hidden")
	String hidden(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("rows", this.mapper.findHidden(user.orgCode(), this.service.cycle(), this.service.now()));
		model.addAttribute("hiding", this.service.beforeClose("取消隐藏"));
		return "institution/hidden";
	}

	@GetMapping("/ratings")
	String ratings(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String status,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") long page, Model model) {
		PhysicianFilter filter = page(model, this.service.filter(user, status, q, page), this.mapper::countRatings);
		model.addAttribute("rows", this.mapper.findRatings(filter));
		model.addAttribute("unconfirmed", this.mapper.countUnconfirmed(user.orgCode(), this.service.cycle()));
		model.addAttribute("evaluation", this.service.window(Phase.EVALUATION, "评价"));
		model.addAttribute("confirmation", this.service.window(Phase.CONFIRMATION, "确认评价结果"));
		return "institution/ratings";
	}

	@PostMapping("/ratings")
	String saveRatings(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) List<String> certNo,
			@RequestParam Map<String, String> fields, RedirectAttributes redirect) {
		int saved = this.service.saveRatings(user, certNo == null ? List.of() : certNo, fields);
		redirect.addFlashAttribute("notice", "已保存 " + saved + " 名医师的评价。");
		return "redirect:/institution/ratings";
	}

	@GetMapping("/ratings/all-pass")
	String allPassConfirmation(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String status,
			@RequestParam(required = false) String q, Model model) {
		PhysicianFilter filter = this.service.filter(user, status, q, 1);
		model.addAttribute("filter", filter);
		model.addAttribute("count", this.service.countAllPass(user, filter));
		model.addAttribute("rated", this.mapper.countRatings(filter) - this.service.countAllPass(user, filter));
		return "institution/all-pass";
	}

	@PostMapping("/ratings/all-pass")
	String allPass(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String status,
			@RequestParam(required = false) String q, @RequestParam long count, RedirectAttributes redirect) {
		long changed = this.service.allPass(user, this.service.filter(user, status, q, 1), count);
		redirect.addFlashAttribute("notice", "已将 " + changed + " 名尚未评价的医师评为职业道德、工作成绩合格；已有的评价未改动。");
		return "redirect:/institution/ratings";
	}

	@PostMapping("/ratings/confirm")
	String confirmRatings(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		long pending = this.service.checkConfirmRatings(user);
		if (!Confirmation.given(request)) {
			return Confirmation.ask(model, request, "确认本院评价结果", "将确认本院 " + pending
					+ " 条评价。确认后的评价计入考核结果；确认后如需修改，须在职业道德和工作成绩考核阶段重新评价并再次确认。", "确定确认");
		}
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
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") long page, Model model) {
		PhysicianFilter filter = page(model, this.service.filter(user, status, q, page), this.mapper::countResults);
		model.addAttribute("rows", this.mapper.findResults(filter));
		return "institution/results";
	}

	/** Counts the list, brings the page number into range and puts the filter and the paging into the model. */
	private static PhysicianFilter page(Model model, PhysicianFilter requested, ToLongFunction<PhysicianFilter> count) {
		Paging paging = Paging.of(requested.page(), count.applyAsLong(requested), PhysicianFilter.PAGE_SIZE);
		PhysicianFilter filter = requested.atPage(paging.page());
		model.addAttribute("filter", filter);
		model.addAttribute("paging", paging);
		model.addAttribute("total", paging.total());
		return filter;
	}

}
