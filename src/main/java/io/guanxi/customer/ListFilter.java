package io.guanxi.customer;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The criteria every customer list has ({@link AccountFilter}, {@link ContactFilter}):
 * the record's owner, tags, custom field values and creation and change dates. Each
 * filter is bound from request parameters of the same names, so a list view is its URL.
 * <p>
 * Custom field criteria come as {@code field[code]=value} (text contains, any other type
 * equals, {@code *} means "has any value"), {@code fieldFrom[code]} and
 * {@code fieldTo[code]} (number and date bounds, inclusive); data binding does not fill
 * maps of a record, so each filter reads them with {@link #indexed}.
 */
public interface ListFilter {

	/** Words in the name (and for contacts, the alternate name and e-mail). */
	@Nullable String q();

	@Nullable Set<Long> owner();

	@Nullable Set<Long> tag();

	@Nullable LocalDate createdFrom();

	@Nullable LocalDate createdTo();

	@Nullable LocalDate updatedFrom();

	@Nullable LocalDate updatedTo();

	@Nullable Map<String, String> field();

	@Nullable Map<String, String> fieldFrom();

	@Nullable Map<String, String> fieldTo();

	/** Whether a date or custom field criterion is set. */
	default boolean hasDateOrFieldCriteria() {
		return createdFrom() != null || createdTo() != null || updatedFrom() != null || updatedTo() != null
				|| filled(field()) || filled(fieldFrom()) || filled(fieldTo());
	}

	/** Whether the name, an owner or a tag is asked for. */
	default boolean hasNameOwnerOrTag() {
		return (q() != null && !q().isBlank()) || notEmpty(owner()) || notEmpty(tag());
	}

	/** A date criterion by its parameter name, for forms that show the four alike. */
	default @Nullable LocalDate date(String name) {
		return switch (name) {
			case "createdFrom" -> createdFrom();
			case "createdTo" -> createdTo();
			case "updatedFrom" -> updatedFrom();
			case "updatedTo" -> updatedTo();
			default -> throw new IllegalArgumentException(name);
		};
	}

	/** The request parameters named {@code name[key]}, by key. */
	static Map<String, String> indexed(Map<String, String[]> parameters, String name) {
		Map<String, String> values = new HashMap<>();
		parameters.forEach((key, value) -> {
			if (key.startsWith(name + "[") && key.endsWith("]") && value.length > 0) {
				values.put(key.substring(name.length() + 1, key.length() - 1), value[0]);
			}
		});
		return values;
	}

	/** A custom field criterion from one of the three maps, blank when not set. */
	static String valueIn(@Nullable Map<String, String> values, String code) {
		String value = values == null ? null : values.get(code);
		return value == null ? "" : value.strip();
	}

	static boolean filled(@Nullable Map<String, String> values) {
		return values != null && values.values().stream().anyMatch(value -> value != null && !value.isBlank());
	}

	static boolean notEmpty(@Nullable Set<?> values) {
		return values != null && !values.isEmpty();
	}

}
