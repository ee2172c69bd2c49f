package cn.dingkao.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error page (400, 403, 404, 405, 500, …) in the site's layout and in Chinese: what happened and what to
 * do next, never Spring's English "Whitelabel Error Page" nor a stack trace. A server error gets a reference
 * that the log line with its trace carries too, so an operator finds it from what the user reports.
 */
@Component
class ErrorPages implements ErrorViewResolver {

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	private static final long MIN_REFERENCE = Long.parseLong("100000", 36);

	private static final long MAX_REFERENCE = Long.parseLong("zzzzzz", 36);

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		Map<String, Object> page = new HashMap<>();
		page.put("status", status.value());
		Text text = text(status);
		page.put("heading", text.heading());
		page.put("explanation", text.explanation());
		page.put("advice", text.advice());
		String reference = null;
		if (status.is5xxServerError()) {
			// six letters or digits: short enough to read out on the phone, unique enough for a day's log
			reference = Long.toString(ThreadLocalRandom.current().nextLong(MIN_REFERENCE, MAX_REFERENCE), 36)
				.toUpperCase(Locale.ROOT);
			Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
			log.error("Web error {} ({} {})", reference, status.value(), request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
					error instanceof Throwable throwable ? throwable : null);
		}
		page.put("reference", reference);
		return new ModelAndView("error", page, status);
	}

	private record Text(String heading, String explanation, String advice) {
	}

	private static Text text(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> new Text("请求有误", "页面收到的内容不完整或格式不对（例如日期、数字或页码的写法）。",
					"请回到上一页检查填写的内容后重新提交；如反复出现，请联系所在区定考办。");
			case UNAUTHORIZED -> new Text("请先登录", "这个页面需要登录后才能查看。", "请回到首页登录。");
			case FORBIDDEN -> new Text("没有权限",
					"您的账号不能查看或修改这项内容：每个账号只能处理本人、本机构或本区的数据。页面打开太久（例如超过半小时）后再提交，也会出现这一页。",
					"如果是页面打开太久，请回到首页重新进入后再操作一次；需要处理其他机构或其他区的数据时，请联系相应的机构或定考办。");
			case NOT_FOUND -> new Text("页面不存在", "您访问的地址不存在，或者链接已经失效。", "请从首页的菜单进入需要的页面。");
			case METHOD_NOT_ALLOWED -> new Text("不能这样打开", "这个地址只接受页面上的按钮提交，不能直接在地址栏打开。",
					"请回到相应页面，用页面上的按钮操作。");
			case PAYLOAD_TOO_LARGE, CONTENT_TOO_LARGE -> new Text("提交的内容过大", "一次提交的内容超过了系统允许的大小。",
					"请减少一次提交的内容后再试。");
			default -> status.is5xxServerError()
					? new Text("系统出错", "系统处理时出现了意外错误，您刚才的操作可能没有完成。",
							"请稍后再试一次；如仍出错，请把页面下方的查询编号告诉所在区定考办。")
					: new Text("请求未能处理", "系统没能处理这个请求。", "请回到首页重新进入后再试。");
		};
	}

}
