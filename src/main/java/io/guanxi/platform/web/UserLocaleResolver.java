package io.guanxi.platform.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * English or Simplified Chinese: the user's saved choice (put into the session at
 * sign-in), else the browser's preference.
 */
@Component("localeResolver")
public class UserLocaleResolver extends SessionLocaleResolver {

	public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

	UserLocaleResolver() {
		setDefaultLocaleFunction(request -> supported(request.getLocale()));
	}

	public static Locale supported(Locale requested) {
		return "zh".equals(requested.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
	}

	public void rememberForSession(HttpServletRequest request, Locale locale) {
		request.getSession().setAttribute(LOCALE_SESSION_ATTRIBUTE_NAME, supported(locale));
	}

}
