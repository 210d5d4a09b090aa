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

	/**
	 * Codes and labels exactly as written: most cells of a file are, and these need no
	 * normalising (which is most of the cost of reading a choice).
	 */
	private final Map<String, E> byExactText = new HashMap<>();

	ChoiceLabels(Class<E> type, String messagePrefix, MessageSource messages) {
		for (E value : type.getEnumConstants()) {
			byText.put(ColumnGuesser.normalise(value.name()), value);
			byExactText.put(value.name(), value);
			if (!messagePrefix.isEmpty()) {
				for (var language : ColumnGuesser.LANGUAGES) {
					String label = messages.getMessage(messagePrefix + value.name(), null, null, language);
					if (label != null) {
						byText.putIfAbsent(ColumnGuesser.normalise(label), value);
						byExactText.putIfAbsent(label, value);
					}
				}
			}
		}
	}

	Optional<E> parse(String text) {
		E exact = byExactText.get(text);
		return Optional.ofNullable(exact != null ? exact : byText.get(ColumnGuesser.normalise(text)));
	}

}
