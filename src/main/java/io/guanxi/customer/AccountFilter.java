package io.guanxi.customer;

import java.time.LocalDate;
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
 */
public record AccountFilter(@Nullable String q, @Nullable AccountKind kind, @Nullable Set<Industry> industry,
		@Nullable Set<Tier> tier, @Nullable Set<LifecycleStage> stage, @Nullable Set<AccountStatus> status,
		@Nullable Set<Long> owner, @Nullable String city,
		@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createdFrom,
		@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createdTo,
		@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate updatedFrom,
		@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate updatedTo, @Nullable Set<Long> tag) {

	public static AccountFilter none() {
		return byName(null);
	}

	public static AccountFilter byName(@Nullable String q) {
		return new AccountFilter(q, null, null, null, null, null, null, null, null, null, null, null, null);
	}

	/**
	 * Whether any criterion beyond the name is set; the page opens its filter panel then.
	 */
	public boolean hasCriteria() {
		return kind != null || notEmpty(industry) || notEmpty(tier) || notEmpty(stage) || notEmpty(status)
				|| notEmpty(owner) || (city != null && !city.isBlank()) || createdFrom != null || createdTo != null
				|| updatedFrom != null || updatedTo != null || notEmpty(tag);
	}

	private static boolean notEmpty(@Nullable Set<?> values) {
		return values != null && !values.isEmpty();
	}

}
