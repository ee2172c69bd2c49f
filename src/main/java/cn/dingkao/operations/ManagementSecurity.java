package cn.dingkao.operations;

import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may read the actuator's endpoints. By default they are served on a management port of their own bound to
 * localhost ({@code management.server.port=8081}, {@code management.server.address=127.0.0.1}): only the host itself
 * (the monitoring agent, a Prometheus beside it, an SSH tunnel) reaches them, so they need no login. Served on the
 * application's port instead ({@code management.server.port} equal to {@code server.port}), they are behind the city
 * office's login, except the liveness and readiness probes a load balancer asks without one. The probes are also on
 * the application's port ({@code /livez}, {@code /readyz}) with their status only. Every endpoint is read-only; only
 * health, info, metrics and prometheus exist (application.properties).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ManagementSecurity {

	@Bean
	@Order(1)
	SecurityFilterChain managementEndpoints(HttpSecurity http, Environment environment) throws Exception {
		RequestMatcher probes = new OrRequestMatcher(EndpointRequest.toAdditionalPaths(WebServerNamespace.SERVER,
				HealthEndpoint.class), EndpointRequest.toAdditionalPaths(WebServerNamespace.MANAGEMENT, HealthEndpoint.class));
		boolean ownPort = ManagementPortType.get(environment) == ManagementPortType.DIFFERENT;
		// the whole of /actuator, so that an endpoint that does not exist (env, heapdump) is a 404 here, not the login
		http.securityMatcher(new OrRequestMatcher(EndpointRequest.toAnyEndpoint(), EndpointRequest.toLinks(), probes,
				PathPatternRequestMatcher.withDefaults().matcher("/actuator/**")))
			.authorizeHttpRequests(requests -> {
				requests.requestMatchers(probes).permitAll();
				if (ownPort) {
					requests.anyRequest().permitAll();
				}
				else {
					requests.anyRequest().hasRole("CITY");
				}
			})
			// read-only endpoints, no form to protect; a scraper keeps no session
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable());
		return http.build();
	}

}
