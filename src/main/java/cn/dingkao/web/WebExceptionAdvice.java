package cn.dingkao.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A refused action shows its reason on a page of its own and changes nothing. */
@ControllerAdvice
class WebExceptionAdvice {

	@ExceptionHandler(ActionRefused.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String refused(ActionRefused ex, Model model) {
		model.addAttribute("message", ex.getMessage());
		return "refused";
	}

}
