package io.guanxi.platform.security;

import io.guanxi.platform.token.ApiTokenService;
import io.guanxi.platform.user.UserAccountDetailsService;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationConverter;

/** Reads {@code Authorization: Bearer gx_...} and turns a valid token into its user. */
class ApiTokenAuthentication implements AuthenticationProvider, AuthenticationConverter {

	private static final String BEARER = "Bearer ";

	private final ApiTokenService tokens;

	private final UserAccountDetailsService users;

	ApiTokenAuthentication(ApiTokenService tokens, UserAccountDetailsService users) {
		this.tokens = tokens;
		this.users = users;
	}

	@Override
	public @Nullable Authentication convert(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return null;
		}
		return new PreAuthenticatedAuthenticationToken(header.substring(BEARER.length()).trim(), "");
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String secret = String.valueOf(authentication.getPrincipal());
		var user = tokens.authenticate(secret)
			.flatMap(users::loadActiveById)
			.orElseThrow(() -> new BadCredentialsException("The API token is unknown, expired or revoked"));
		return new PreAuthenticatedAuthenticationToken(user, "", user.getAuthorities());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return PreAuthenticatedAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
