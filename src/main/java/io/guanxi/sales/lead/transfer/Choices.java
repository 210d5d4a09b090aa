package io.guanxi.sales.lead.transfer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;

/**
 * Reads a choice (an industry, a source) as a file writes it: the code ({@code
 * WEB_FORM}, "web form") or its label in English or Chinese ("Web form", "网站表单").
 *
 * @param <E> the choices
 */
final class Choices<E extends Enum<E>> {

	private final Map<String, E> byText = new HashMap<>();

	Choices(Class<E> type, String labelPrefix, MessageSource messages) {
		for (E value : type.getEnumConstants()) {
			byText.put(normal(value.name()), value);
			for (Locale locale : new Locale[] { Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE }) {
				String label = messages.getMessage(labelPrefix + value.name(), null, null, locale);
				if (label != null) {
					byText.putIfAbsent(normal(label), value);
				}
			}
		}
	}

	Optional<E> parse(String text) {
		return Optional.ofNullable(byText.get(normal(text)));
	}

	private static String normal(String text) {
		return text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
	}

}
