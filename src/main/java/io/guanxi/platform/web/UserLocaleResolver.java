package io.guanxi.platform.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * English or Simplified Chinese: the user's saved choice (put into a cookie at sign-in,
 * so that the sign-in page after a sign-out speaks it too), else the browser's
 * preference.
 */
@Component("localeResolver")
public class UserLocaleResolver extends CookieLocaleResolver {

	UserLocaleResolver() {
		super("guanxi-lang");
		setCookieMaxAge(Duration.ofDays(365));
		setCookieHttpOnly(true);
		setCookieSameSite("Lax");
		setDefaultLocaleFunction(request -> supported(request.getLocale()));
	}

	public static Locale supported(Locale requested) {
		return "zh".equals(requested.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
	}

	public void remember(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		setLocale(request, response, supported(locale));
	}

}
