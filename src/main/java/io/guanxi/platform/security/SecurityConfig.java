package io.guanxi.platform.security;

import io.guanxi.platform.Role;
import io.guanxi.platform.token.ApiTokenService;
import io.guanxi.platform.user.UserAccountDetailsService;
import io.guanxi.platform.user.UserService;
import io.guanxi.platform.web.UserLocaleResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two doors: the API ({@code /api/v1}, actuator) takes personal bearer tokens and keeps
 * no session; the UI takes a form login with a session and CSRF protection. Pages under
 * {@code /public/} (the web-to-lead form) are open to everyone; they act for nobody in
 * particular, so a forged cross-site post gains nothing and they carry no CSRF token
 * (they guard against spam themselves).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
			+ "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; "
			+ "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt today, and stored hashes name their algorithm so that it can change
		// later.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokenService tokens, UserAccountDetailsService users,
			ProblemResponses problems) throws Exception {
		ApiTokenAuthentication bearer = new ApiTokenAuthentication(tokens, users);
		AuthenticationFilter bearerFilter = new AuthenticationFilter(new ProviderManager(bearer), bearer);
		bearerFilter.setSuccessHandler((request, response, authentication) -> {
		});
		bearerFilter.setFailureHandler((request, response, exception) -> problems.write(request, response,
				HttpStatus.UNAUTHORIZED, exception.getMessage()));
		http.securityMatcher("/api/v1/**", "/actuator/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health/**", "/actuator/info")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole(Role.ADMIN.name())
				.anyRequest()
				.authenticated())
			.addFilterBefore(bearerFilter, BasicAuthenticationFilter.class)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, exception) -> problems.write(request, response,
						HttpStatus.UNAUTHORIZED, "Send a personal API token as 'Authorization: Bearer <token>'"))
				.accessDeniedHandler((request, response, exception) -> problems.write(request, response,
						HttpStatus.FORBIDDEN, "Your role does not allow this")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webSecurity(HttpSecurity http, UserService users, UserLocaleResolver localeResolver)
			throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/error",
					"/api/docs", "/api/docs/**", "/api/swagger-ui/**", "/preferences/language", "/public/**")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole(Role.ADMIN.name())
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.successHandler(LoginHandlers.success(users, localeResolver))
				.failureHandler(LoginHandlers.failure())
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.csrf(csrf -> csrf.ignoringRequestMatchers("/public/**"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

}
