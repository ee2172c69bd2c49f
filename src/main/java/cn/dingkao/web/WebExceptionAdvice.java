package cn.dingkao.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;

/**
 * A refused action changes nothing and says why. When the form came from a page of this site, the user goes back
 * to that page with the reason above the form and what they typed still in it (flash attributes {@code refusal}
 * and {@code form}); otherwise a page of its own shows the reason (HTTP 409).
 */
@ControllerAdvice
class WebExceptionAdvice {

	/** Never carried back into a page: secrets and the confirmation step's own fields. */
	private static final Set<String> NOT_KEPT = Set.of("_csrf", "password", "current", "next", "repeat", "code",
			"confirmed", "returnTo");

	@ExceptionHandler(ActionRefused.class)
	ModelAndView refused(ActionRefused ex, HttpServletRequest request) {
		String back = "POST".equals(request.getMethod()) ? returnPath(request) : null;
		if (back == null) {
			ModelAndView page = new ModelAndView("refused", Map.of("message", ex.getMessage()));
			page.setStatus(HttpStatus.CONFLICT);
			return page;
		}
		FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
		flash.put("refusal", ex.getMessage());
		flash.put("form", typed(request));
		RedirectView redirect = new RedirectView(back, true);
		redirect.setStatusCode(HttpStatus.SEE_OTHER);
		return new ModelAndView(redirect);
	}

	/** The page the form was on: {@code returnTo} (set by a confirmation step), else the same-origin Referer. */
	static String returnPath(HttpServletRequest request) {
		String explicit = request.getParameter("returnTo");
		if (isLocalPath(explicit)) {
			return explicit;
		}
		String referer = request.getHeader("Referer");
		if (referer == null) {
			return null;
		}
		try {
			URI uri = URI.create(referer);
			if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName())
					|| uri.getPort() != request.getServerPort() && uri.getPort() != -1) {
				return null;
			}
			String path = uri.getRawPath();
			if (path == null || !path.startsWith(request.getContextPath())) {
				return null;
			}
			String local = path.substring(request.getContextPath().length());
			String withQuery = uri.getRawQuery() == null ? local : local + "?" + uri.getRawQuery();
			return isLocalPath(withQuery) ? withQuery : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** A path on this site ("/x"), never another site ("//host", "/\host") nor a scheme. */
	static boolean isLocalPath(String path) {
		return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
				&& path.length() <= 500 && !path.contains("\n") && !path.contains("\r");
	}

	private static Map<String, String> typed(HttpServletRequest request) {
		Map<String, String> typed = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (!NOT_KEPT.contains(name) && values.length > 0) {
				typed.put(name, values[0]);
			}
		});
		return typed;
	}

}
