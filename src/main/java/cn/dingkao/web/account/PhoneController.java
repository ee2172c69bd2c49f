package cn.dingkao.web.account;

import java.util.Map;

import cn.dingkao.web.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 绑定手机号: a physician's own phone, an institution's contact phone; a code sent to the new number. */
@Controller
class PhoneController {

	private final PhoneService phones;

	PhoneController(PhoneService phones) {
		this.phones = phones;
	}

	@GetMapping("/phone")
	String form(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("phone", this.phones.phone(user));
		return "account/phone";
	}

	@PostMapping("/phone/code")
	String sendCode(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String phone,
			RedirectAttributes redirect) {
		String masked = this.phones.sendCode(user, phone);
		redirect.addFlashAttribute("notice", "验证码已发送至 " + masked + "，5 分钟内有效，请在下方填入。");
		redirect.addFlashAttribute("form", Map.of("phone", phone.trim()));
		return "redirect:/phone";
	}

	@PostMapping("/phone")
	String bind(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String phone,
			@RequestParam(defaultValue = "") String code, RedirectAttributes redirect) {
		String masked = this.phones.bind(user, phone, code);
		redirect.addFlashAttribute("notice", "已绑定手机号 " + masked + "。忘记密码时可在登录页凭该手机收到的验证码重置。");
		return "redirect:/phone";
	}

}
