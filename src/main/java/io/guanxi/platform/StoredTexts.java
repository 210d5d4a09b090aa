package io.guanxi.platform;

import java.util.List;
import java.util.Locale;

import io.guanxi.platform.notification.NoticeArguments;
import org.springframework.stereotype.Component;

/**
 * Texts that a module keeps in its own table in no language yet (a message key and its
 * {@link NoticeText} arguments, the way notifications keep them) and shows in the
 * language of whoever reads them: timeline entries posted by other modules, say.
 */
@Component
public class StoredTexts {

	private final NoticeArguments arguments;

	StoredTexts(NoticeArguments arguments) {
		this.arguments = arguments;
	}

	/** The arguments as JSON, at most 4,000 characters, for a text column. */
	public String arguments(List<NoticeText> args) {
		return arguments.write(args);
	}

	/** The message in {@code locale}; a key that no longer exists shows as itself. */
	public String render(String key, String storedArguments, Locale locale) {
		return arguments.render(key, storedArguments, locale);
	}

}
