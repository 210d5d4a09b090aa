package io.guanxi.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Raw text (from a form, the API, an import) to typed custom field values and back, the
 * same way for saving and for filtering.
 */
final class FieldParsing {

	static final int MAX_TEXT = 2000;

	/** Between the options of a multi-choice value, in text form. */
	static final String SEPARATOR = "; ";

	private static final Set<String> TRUE = Set.of("true", "yes", "y", "1", "on", "是");

	private static final Set<String> FALSE = Set.of("false", "no", "n", "0", "off", "否");

	private FieldParsing() {
	}

	/**
	 * The typed values in {@code raw}: none when blank, one for most types, one per
	 * chosen option for MULTI_CHOICE.
	 * @throws Invalid when the text is no value of the field's type
	 */
	static List<Object> parse(CustomFieldDefinition field, @Nullable String raw) {
		String text = raw == null ? "" : raw.strip();
		if (text.isEmpty()) {
			return List.of();
		}
		return switch (field.type()) {
			case TEXT -> {
				if (text.length() > MAX_TEXT) {
					throw new Invalid("customer.field.error.tooLong", MAX_TEXT);
				}
				yield List.of(text);
			}
			case NUMBER -> List.of(number(text));
			case DATE -> List.of(date(text));
			case BOOLEAN -> List.of(bool(text));
			case CHOICE -> List.of(option(field, text));
			case MULTI_CHOICE -> {
				List<String> chosen = Arrays.stream(text.split("[;\\n]"))
					.map(String::strip)
					.filter(option -> !option.isEmpty())
					.distinct()
					.map(option -> option(field, option))
					.toList();
				// keep the order of the definition, so that values read the same
				// everywhere
				yield new ArrayList<Object>(field.options().stream().filter(chosen::contains).toList());
			}
		};
	}

	/** The value as {@code parse} reads it back: see {@link FieldEntry#text()}. */
	static String text(List<Object> values) {
		return values.stream().map(FieldParsing::text).collect(Collectors.joining(SEPARATOR));
	}

	private static String text(Object value) {
		return value instanceof BigDecimal number ? plain(number) : value.toString();
	}

	static String plain(BigDecimal number) {
		String text = number.stripTrailingZeros().toPlainString();
		return text.equals("-0") ? "0" : text;
	}

	/** The column of the value tables that holds values of this type. */
	static String column(FieldType type) {
		return switch (type) {
			case TEXT, CHOICE, MULTI_CHOICE -> "value_text";
			case NUMBER -> "value_number";
			case DATE -> "value_date";
			case BOOLEAN -> "value_boolean";
		};
	}

	private static BigDecimal number(String text) {
		BigDecimal number;
		try {
			number = new BigDecimal(text.replace(",", "").replace("_", ""));
		}
		catch (NumberFormatException ex) {
			throw new Invalid("customer.field.error.number");
		}
		// numeric(19, 4): 15 digits before the point, 4 after
		if (number.stripTrailingZeros().scale() > 4 || number.precision() - number.scale() > 15) {
			throw new Invalid("customer.field.error.numberRange");
		}
		return number;
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new Invalid("customer.field.error.date");
		}
	}

	private static Boolean bool(String text) {
		String value = text.toLowerCase(Locale.ROOT);
		if (TRUE.contains(value)) {
			return Boolean.TRUE;
		}
		if (FALSE.contains(value)) {
			return Boolean.FALSE;
		}
		throw new Invalid("customer.field.error.boolean");
	}

	private static String option(CustomFieldDefinition field, String text) {
		return field.options()
			.stream()
			.filter(option -> option.equals(text))
			.findFirst()
			.or(() -> field.options().stream().filter(option -> option.equalsIgnoreCase(text)).findFirst())
			.orElseThrow(() -> new Invalid("customer.field.error.choice", text));
	}

	/** A text that is no value of the field's type; the key explains it to the user. */
	static final class Invalid extends RuntimeException {

		private final String messageKey;

		private final Object[] arguments;

		Invalid(String messageKey, Object... arguments) {
			super(messageKey, null, false, false);
			this.messageKey = messageKey;
			this.arguments = arguments;
		}

		CustomFieldErrors.Problem on(String field) {
			return new CustomFieldErrors.Problem(field, messageKey, arguments);
		}

	}

}
