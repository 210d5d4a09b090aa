package io.guanxi.customer.transfer;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;

/**
 * Reads a choice (an enum) from a cell that holds its code ({@code TECHNOLOGY},
 * {@code technology}) or its label in English or Chinese ("Technology", "信息技术").
 */
final class ChoiceLabels<E extends Enum<E>> {

	private final Map<String, E> byText = new HashMap<>();

	ChoiceLabels(Class<E> type, String messagePrefix, MessageSource messages) {
		for (E value : type.getEnumConstants()) {
			byText.put(ColumnGuesser.normalise(value.name()), value);
			if (!messagePrefix.isEmpty()) {
				for (var language : ColumnGuesser.LANGUAGES) {
					String label = messages.getMessage(messagePrefix + value.name(), null, null, language);
					if (label != null) {
						byText.putIfAbsent(ColumnGuesser.normalise(label), value);
					}
				}
			}
		}
	}

	Optional<E> parse(String text) {
		return Optional.ofNullable(byText.get(ColumnGuesser.normalise(text)));
	}

}
