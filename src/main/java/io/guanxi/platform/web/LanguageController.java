package io.guanxi.platform.web;

import java.net.URI;
import java.util.Locale;

import io.guanxi.platform.AccessService;
import io.guanxi.platform.user.UserService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Switches the UI language and, for a signed-in user, remembers the choice. */
@Controller
class LanguageController {

	private final UserLocaleResolver localeResolver;

	private final AccessService access;

	private final UserService users;

	LanguageController(UserLocaleResolver localeResolver, AccessService access, UserService users) {
		this.localeResolver = localeResolver;
		this.access = access;
		this.users = users;
	}

	@PostMapping("/preferences/language")
	String change(@RequestParam String lang,
			@RequestHeader(name = HttpHeaders.REFERER, required = false) @Nullable String referer,
			HttpServletRequest request, HttpServletResponse response) {
		Locale locale = UserLocaleResolver.supported(Locale.forLanguageTag(lang));
		localeResolver.setLocale(request, response, locale);
		access.findCurrentUser().ifPresent(user -> users.preferLocale(user.id(), locale));
		return "redirect:" + sameSitePath(referer);
	}

	/** Back to the page the switch was made on, but never to another site. */
	static String sameSitePath(@Nullable String referer) {
		if (referer == null) {
			return "/";
		}
		try {
			URI uri = URI.create(referer);
			String path = uri.getRawPath();
			if (path == null || !path.startsWith("/") || path.startsWith("//")) {
				return "/";
			}
			return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
		}
		catch (IllegalArgumentException ex) {
			return "/";
		}
	}

}
