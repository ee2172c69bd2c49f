package cn.dingkao.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.ui.Model;

/**
 * The confirmation step of a change that is hard to undo (hide, delete, batch approve, confirm ratings, reset a
 * password, all pass): the first POST shows what will happen; only the same POST sent again with
 * {@code confirmed=true} from that page does it. Every field of the first POST travels along unchanged, so what
 * is confirmed is exactly what is done.
 */
public final class Confirmation {

	public static final String VIEW = "confirm";

	private Confirmation() {
	}

	public static boolean given(HttpServletRequest request) {
		return "true".equals(request.getParameter("confirmed"));
	}

	/**
	 * Fills the confirmation page and returns its view name.
	 *
	 * @param title what is being done, as a heading
	 * @param message what will change, in a sentence naming the count or the person
	 * @param lines details to check before confirming (may be empty); {@link Line#warning()} lines are highlighted
	 * @param button the text of the button that does it
	 */
	public static String ask(Model model, HttpServletRequest request, String title, String message, List<Line> lines,
			String button) {
		return ask(model, request, title, message, lines, button, List.of());
	}

	/**
	 * As above, carrying {@code carried} fields besides those of the first POST: what the first POST produced and
	 * the confirmation must name (an uploaded file, which a form cannot send again, by the key it was kept under).
	 */
	public static String ask(Model model, HttpServletRequest request, String title, String message, List<Line> lines,
			String button, List<Field> carried) {
		List<Field> fields = new ArrayList<>(carried);
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			String name = parameter.getKey();
			if (name.equals("_csrf") || name.equals("confirmed") || name.equals("returnTo")) {
				continue;
			}
			for (String value : parameter.getValue()) {
				fields.add(new Field(name, value));
			}
		}
		String back = WebExceptionAdvice.returnPath(request);
		model.addAttribute("heading", title);
		model.addAttribute("message", message);
		model.addAttribute("lines", lines);
		model.addAttribute("button", button);
		model.addAttribute("action", request.getRequestURI().substring(request.getContextPath().length()));
		model.addAttribute("fields", fields);
		model.addAttribute("returnTo", back == null ? "/" : back);
		return VIEW;
	}

	public static String ask(Model model, HttpServletRequest request, String title, String message, String button) {
		return ask(model, request, title, message, List.of(), button);
	}

	/** One hidden field of the original POST. */
	public record Field(String name, String value) {
	}

	/** One line of details; a warning is something the user should look at twice. */
	public record Line(String text, boolean warning) {

		public static Line of(String text) {
			return new Line(text, false);
		}

		public static Line warning(String text) {
			return new Line(text, true);
		}

	}

}
