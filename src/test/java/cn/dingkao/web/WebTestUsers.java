package cn.dingkao.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** Logged-in users of the fixtures, authenticated the way the login does it (principal = CurrentUser). */
public final class WebTestUsers {

	public static final CurrentUser PHYSICIAN_1 = new CurrentUser(WebFixtures.P1, Role.PHYSICIAN, "ORG_A000001", "110115", false);

	public static final CurrentUser PHYSICIAN_2 = new CurrentUser(WebFixtures.P2, Role.PHYSICIAN, "ORG_C000003", "110105", false);

	public static final CurrentUser ORG_A = new CurrentUser("ORG_A000001", Role.INSTITUTION, "ORG_A000001", "110115", false);

	public static final CurrentUser ORG_B = new CurrentUser("ORG_B000002", Role.INSTITUTION, "ORG_B000002", "110115", false);

	public static final CurrentUser ORG_C = new CurrentUser("ORG_C000003", Role.INSTITUTION, "ORG_C000003", "110105", false);

	public static final CurrentUser DAXING = new CurrentUser("dk110115", Role.DISTRICT, null, "110115", false);

	public static final CurrentUser CHAOYANG = new CurrentUser("dk110105", Role.DISTRICT, null, "110105", false);

	public static final CurrentUser CITY = new CurrentUser("dk110000", Role.CITY, null, "110000", false);

	private WebTestUsers() {
	}

	public static RequestPostProcessor as(CurrentUser user) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
		if (user.role().isOffice()) {
			authorities.add(new SimpleGrantedAuthority("ROLE_OFFICE"));
		}
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
	}

}
