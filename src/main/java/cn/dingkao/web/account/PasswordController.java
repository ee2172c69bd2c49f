package cn.dingkao.web.account;

import cn.dingkao.web.CurrentUser;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 密码修改: forced at first login; with a code sent to the account's phone when it has one (manual §1.6);
 * afterwards the user logs in again with the new password.
 */
@Controller
class PasswordController {

	private final PasswordService passwords;

	PasswordController(PasswordService passwords) {
		this.passwords = passwords;
	}

	@GetMapping("/password")
	String form(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("codePhone", this.passwords.changeCodePhone(user));
		return "account/password";
	}

	@PostMapping("/password/code")
	String sendCode(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		String phone = this.passwords.sendChangeCode(user);
		redirect.addFlashAttribute("notice", "验证码已发送至 " + phone + "，5 分钟内有效。");
		return "redirect:/password";
	}

	@PostMapping("/password")
	String change(@AuthenticationPrincipal CurrentUser user, @RequestParam String current, @RequestParam String next,
			@RequestParam String repeat, @RequestParam(required = false) String code, HttpServletRequest request)
			throws ServletException {
		this.passwords.change(user, current, next, repeat, code);
		request.logout();
		return "redirect:/login?changed";
	}

}
