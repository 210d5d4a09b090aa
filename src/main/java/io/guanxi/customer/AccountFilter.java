package io.guanxi.customer;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What an account list shows: every criterion is optional and they all must hold. Bound
 * from request parameters of the same names, on the page and on the API alike, so a list
 * view is its URL.
 *
 * @param q words in the name
 * @param owner owner user ids
 * @param createdFrom first day of creation, inclusive (and so on for the other ranges)
 * @param tag tag ids the account must all carry
 * @param field custom field values by field code, as {@code field[credit_rating]=AAA}:
 * text contains, any other type equals ({@code *} means "has any value")
 * @param fieldFrom lower bounds of number and date custom fields, inclusive
 * @param fieldTo upper bounds of number and date custom fields, inclusive
 */
public record AccountFilter(@Nullable String q, @Nullable AccountKind kind, @Nullable Set<Industry> industry,
		@Nullable Set<Tier> tier, @Nullable Set<LifecycleStage> stage, @Nullable Set<AccountStatus> status,
		@Nullable Set<Long> owner, @Nullable String city,
		@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createdFrom,
		@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createdTo,
		@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate updatedFrom,
		@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate updatedTo, @Nullable Set<Long> tag,
		@Nullable Map<String, String> field, @Nullable Map<String, String> fieldFrom,
		@Nullable Map<String, String> fieldTo) {

	public static AccountFilter none() {
		return byName(null);
	}

	public static AccountFilter byName(@Nullable String q) {
		return new AccountFilter(q, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null);
	}

	/** Whether any criterion beyond the name is set. */
	public boolean hasCriteria() {
		return notEmpty(industry) || notEmpty(tier) || notEmpty(stage) || notEmpty(owner)
				|| (city != null && !city.isBlank()) || notEmpty(tag) || hasMoreCriteria();
	}

	/**
	 * Whether a criterion of the "more filters" panel is set; the page opens the panel
	 * then.
	 */
	public boolean hasMoreCriteria() {
		return kind != null || notEmpty(status) || createdFrom != null || createdTo != null || updatedFrom != null
				|| updatedTo != null || filled(field) || filled(fieldFrom) || filled(fieldTo);
	}

	/**
	 * The same filter with the custom field criteria read from request parameters named
	 * {@code field[code]}, {@code fieldFrom[code]} and {@code fieldTo[code]} (data
	 * binding does not fill maps of a record).
	 */
	public AccountFilter withCustomFieldsFrom(Map<String, String[]> parameters) {
		return new AccountFilter(q, kind, industry, tier, stage, status, owner, city, createdFrom, createdTo,
				updatedFrom, updatedTo, tag, indexed(parameters, "field"), indexed(parameters, "fieldFrom"),
				indexed(parameters, "fieldTo"));
	}

	private static Map<String, String> indexed(Map<String, String[]> parameters, String name) {
		Map<String, String> values = new HashMap<>();
		parameters.forEach((key, value) -> {
			if (key.startsWith(name + "[") && key.endsWith("]") && value.length > 0) {
				values.put(key.substring(name.length() + 1, key.length() - 1), value[0]);
			}
		});
		return values;
	}

	/** A custom field criterion from one of the three maps, blank when not set. */
	public static String valueIn(@Nullable Map<String, String> values, String code) {
		String value = values == null ? null : values.get(code);
		return value == null ? "" : value.strip();
	}

	private static boolean filled(@Nullable Map<String, String> values) {
		return values != null && values.values().stream().anyMatch(value -> value != null && !value.isBlank());
	}

	private static boolean notEmpty(@Nullable Set<?> values) {
		return values != null && !values.isEmpty();
	}

}
