package io.guanxi.customer;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A custom field of one record with its value.
 *
 * @param value the typed value: {@code String} (TEXT, CHOICE), {@code BigDecimal},
 * {@code LocalDate}, {@code Boolean}, {@code List<String>} (MULTI_CHOICE), or null when
 * not set
 * @param text the value as text, the form that {@code setValues} reads back and exports
 * write: numbers plain, dates ISO, booleans {@code true}/{@code false}, several choices
 * joined by {@code "; "}; empty when not set
 */
public record FieldEntry(CustomFieldDefinition field, @Nullable Object value, String text) {

	public boolean isSet() {
		return value != null;
	}

	/** Whether a choice field has this option chosen. */
	public boolean has(String option) {
		return value instanceof List<?> list ? list.contains(option) : option.equals(value);
	}

}
