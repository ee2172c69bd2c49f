package cn.dingkao.web.account;

import cn.dingkao.web.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.ServletException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 密码修改: forced at first login; afterwards the user logs in again with the new password. */
@Controller
class PasswordController {

	private final PasswordService passwords;

	PasswordController(PasswordService passwords) {
		this.passwords = passwords;
	}

	@GetMapping("/password")
	String form() {
		return "account/password";
	}

	@PostMapping("/password")
	String change(@AuthenticationPrincipal CurrentUser user, @RequestParam String current, @RequestParam String next,
			@RequestParam String repeat, HttpServletRequest request) throws ServletException {
		this.passwords.change(user, current, next, repeat);
		request.logout();
		return "redirect:/login?changed";
	}

}
