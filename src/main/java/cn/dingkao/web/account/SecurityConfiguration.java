package cn.dingkao.web.account;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Form login against table account, CSRF on every POST, role per URL area. The row scope (own org, own
 * district, own certificate) is enforced again in every query. Pages load scripts and styles from this site
 * only (no inline script: the CSP forbids it), tell other sites nothing of the URL, and ask for no device
 * features.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "accelerometer=(), gyroscope=(), magnetometer=()";

	@Bean
	SecurityFilterChain webSecurity(HttpSecurity http, AccountAuthenticationProvider accounts, PasswordService passwords)
			throws Exception {
		http.authenticationProvider(accounts)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/password/reset", "/password/reset/code", "/css/**", "/js/**", "/error",
						"/favicon.ico")
				.permitAll()
				.requestMatchers("/physician/**").hasRole("PHYSICIAN")
				.requestMatchers("/institution/**").hasRole("INSTITUTION")
				.requestMatchers("/office/feed/**").hasRole("CITY")
				.requestMatchers("/office/**").hasRole("OFFICE")
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).failureUrl("/login?error"))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.headers(headers -> headers.frameOptions(frame -> frame.deny())
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)))
			.addFilterAfter(new AccountSessionFilter(passwords), AnonymousAuthenticationFilter.class);
		return http.build();
	}

}
