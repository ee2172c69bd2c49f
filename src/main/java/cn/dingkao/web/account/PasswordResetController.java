package cn.dingkao.web.account;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 忘记密码 → 重置密码 on the login page (manual §1.3(3)): account, code, reset; nobody is logged in. */
@Controller
class PasswordResetController {

	private final PasswordReset reset;

	PasswordResetController(PasswordReset reset) {
		this.reset = reset;
	}

	@GetMapping("/password/reset")
	String form() {
		return "account/reset";
	}

	@PostMapping("/password/reset/code")
	String sendCode(@RequestParam(defaultValue = "") String account, HttpServletRequest request,
			RedirectAttributes redirect) {
		this.reset.sendCode(account, request.getRemoteAddr());
		redirect.addFlashAttribute("notice", PasswordReset.SENT);
		redirect.addFlashAttribute("form", Map.of("account", account.trim()));
		return "redirect:/password/reset";
	}

	@PostMapping("/password/reset")
	String reset(@RequestParam(defaultValue = "") String account, @RequestParam(defaultValue = "") String code) {
		this.reset.reset(account, code);
		return "redirect:/login?reset";
	}

}
