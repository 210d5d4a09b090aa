package io.guanxi.platform.security;

import java.io.IOException;
import java.util.Map;

import io.guanxi.platform.user.SignedInUser;
import io.guanxi.platform.user.UserService;
import io.guanxi.platform.web.UserLocaleResolver;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** After sign-in the UI speaks the user's language; a locked account is told so. */
final class LoginHandlers {

	private LoginHandlers() {
	}

	static SavedRequestAwareAuthenticationSuccessHandler success(UserService users, UserLocaleResolver localeResolver) {
		return new SavedRequestAwareAuthenticationSuccessHandler() {
			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) throws ServletException, IOException {
				if (authentication.getPrincipal() instanceof SignedInUser user) {
					users.preferredLocale(user.id())
						.ifPresent(locale -> localeResolver.remember(request, response, locale));
				}
				super.onAuthenticationSuccess(request, response, authentication);
			}
		};
	}

	static AuthenticationFailureHandler failure() {
		ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();
		failure.setDefaultFailureUrl("/login?error");
		failure.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
		return failure;
	}

}
