package cn.dingkao.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Each role starts on its own page. */
@Controller
class HomeController {

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user) {
		return switch (user.role()) {
			case PHYSICIAN -> "redirect:/physician";
			case INSTITUTION -> "redirect:/institution/physicians";
			case DISTRICT, CITY -> "redirect:/office";
		};
	}

}
