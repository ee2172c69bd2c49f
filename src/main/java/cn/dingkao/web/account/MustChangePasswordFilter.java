package cn.dingkao.web.account;

import java.io.IOException;

import cn.dingkao.web.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Until the initial password is changed, every page leads to the password form. */
class MustChangePasswordFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (auth != null && auth.getPrincipal() instanceof CurrentUser user && user.mustChangePassword()
				&& !path.equals("/password") && !path.equals("/logout") && !path.startsWith("/css/")) {
			response.sendRedirect(request.getContextPath() + "/password");
			return;
		}
		chain.doFilter(request, response);
	}

}
