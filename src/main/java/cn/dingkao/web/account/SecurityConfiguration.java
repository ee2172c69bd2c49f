package cn.dingkao.web.account;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Form login against table account, CSRF on every POST, role per URL area. The row scope (own org, own
 * district, own certificate) is enforced again in every query.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	@Bean
	SecurityFilterChain webSecurity(HttpSecurity http, AccountAuthenticationProvider accounts) throws Exception {
		http.authenticationProvider(accounts)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/css/**", "/error").permitAll()
				.requestMatchers("/physician/**").hasRole("PHYSICIAN")
				.requestMatchers("/institution/**").hasRole("INSTITUTION")
				.requestMatchers("/office/feed/**").hasRole("CITY")
				.requestMatchers("/office/**").hasRole("OFFICE")
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).failureUrl("/login?error"))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.headers(headers -> headers.frameOptions(frame -> frame.deny()))
			.addFilterAfter(new MustChangePasswordFilter(), AnonymousAuthenticationFilter.class);
		return http.build();
	}

}
