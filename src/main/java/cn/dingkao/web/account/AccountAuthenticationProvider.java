package cn.dingkao.web.account;

import java.util.ArrayList;
import java.util.List;

import cn.dingkao.web.CurrentUser;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** Logs in against table account; the principal is a {@link CurrentUser} carrying the user's scope. */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

	private final LoginAttempts attempts;

	AccountAuthenticationProvider(LoginAttempts attempts) {
		this.attempts = attempts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName() == null ? "" : authentication.getName().trim();
		Object credentials = authentication.getCredentials();
		CurrentUser user = this.attempts.check(username, credentials == null ? null : credentials.toString());
		return authenticated(user);
	}

	static UsernamePasswordAuthenticationToken authenticated(CurrentUser user) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
		if (user.role().isOffice()) {
			authorities.add(new SimpleGrantedAuthority("ROLE_OFFICE"));
		}
		return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
