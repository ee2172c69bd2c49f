package cn.dingkao.web.account;

import java.io.IOException;

import cn.dingkao.web.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request of a logged-in user: a session whose account was reset or changed its password since the login
 * (another credentials version) is ended on the spot, on whichever node holds it; until the initial password is
 * changed, every page leads to the password form.
 */
class AccountSessionFilter extends OncePerRequestFilter {

	private final PasswordService passwords;

	AccountSessionFilter(PasswordService passwords) {
		this.passwords = passwords;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = path(request);
		return path.startsWith("/css/") || path.startsWith("/js/") || path.equals("/favicon.ico");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof CurrentUser user) {
			if (!this.passwords.stillValid(user)) {
				SecurityContextHolder.clearContext();
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
				response.sendRedirect(request.getContextPath() + "/login?ended");
				return;
			}
			String path = path(request);
			// the password pages (the code for the change included) stay open to a user who must change it
			if (user.mustChangePassword() && !path.equals("/password") && !path.startsWith("/password/")
					&& !path.equals("/logout") && !path.equals("/error")) {
				response.sendRedirect(request.getContextPath() + "/password");
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
