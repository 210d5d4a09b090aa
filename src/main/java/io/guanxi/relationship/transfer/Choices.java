package io.guanxi.relationship.transfer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;

/**
 * Reads a choice (an enum) from a cell holding its code ({@code DECISION_MAKER},
 * {@code decision maker}) or its label in English or Chinese ("Decision maker", "决策者").
 */
final class Choices<E extends Enum<E>> {

	private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

	private final Class<E> type;

	private final String messagePrefix;

	private final MessageSource messages;

	private final Map<String, E> byText = new HashMap<>();

	Choices(Class<E> type, String messagePrefix, MessageSource messages) {
		this.type = type;
		this.messagePrefix = messagePrefix;
		this.messages = messages;
		for (E value : type.getEnumConstants()) {
			byText.put(ImportColumn.normalise(value.name()), value);
			for (Locale language : LANGUAGES) {
				String label = messages.getMessage(messagePrefix + value.name(), null, null, language);
				if (label != null) {
					byText.putIfAbsent(ImportColumn.normalise(label), value);
				}
			}
		}
	}

	Optional<E> parse(String text) {
		return Optional.ofNullable(byText.get(ImportColumn.normalise(text)));
	}

	/** Every choice as the importer reads it, for an error message. */
	String labels(Locale locale) {
		return String.join(", ",
				java.util.Arrays.stream(type.getEnumConstants())
					.map(value -> messages.getMessage(messagePrefix + value.name(), null, value.name(), locale))
					.toList());
	}

}
