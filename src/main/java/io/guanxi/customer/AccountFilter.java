package io.guanxi.customer;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What an account list shows: every criterion is optional and they all must hold. Bound
 * from request parameters of the same names, on the page, the API and the export alike,
 * so a list view is its URL.
 *
 * @param q words in the name
 * @param owner owner user ids
 * @param city the city starts with this
 * @param createdFrom first day of creation, inclusive (and so on for the other ranges)
 * @param tag tag ids the account must all carry
 * @param field custom field values by field code (see {@link ListFilter})
 * @param fieldFrom lower bounds of number and date custom fields, inclusive
 * @param fieldTo upper bounds of number and date custom fields, inclusive
 */
public record AccountFilter(@Nullable String q, @Nullable Set<AccountKind> kind, @Nullable Set<Industry> industry,
		@Nullable Set<Tier> tier, @Nullable Set<LifecycleStage> stage, @Nullable Set<AccountStatus> status,
		@Nullable Set<Long> owner, @Nullable String city,
		@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createdFrom,
		@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createdTo,
		@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate updatedFrom,
		@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate updatedTo, @Nullable Set<Long> tag,
		@Nullable Map<String, String> field, @Nullable Map<String, String> fieldFrom,
		@Nullable Map<String, String> fieldTo) implements ListFilter {

	public static AccountFilter none() {
		return byName(null);
	}

	public static AccountFilter byName(@Nullable String q) {
		return new AccountFilter(q, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null);
	}

	/** Whether any criterion is set, the name included. */
	public boolean hasCriteria() {
		return hasNameOwnerOrTag() || ListFilter.notEmpty(industry) || ListFilter.notEmpty(tier)
				|| ListFilter.notEmpty(stage) || (city != null && !city.isBlank()) || hasMoreCriteria();
	}

	/**
	 * Whether a criterion of the "more filters" panel is set; the page opens the panel
	 * then.
	 */
	public boolean hasMoreCriteria() {
		return ListFilter.notEmpty(kind) || ListFilter.notEmpty(status) || hasDateOrFieldCriteria();
	}

	/**
	 * The same filter with the custom field criteria read from the request parameters.
	 */
	public AccountFilter withCustomFieldsFrom(Map<String, String[]> parameters) {
		return new AccountFilter(q, kind, industry, tier, stage, status, owner, city, createdFrom, createdTo,
				updatedFrom, updatedTo, tag, ListFilter.indexed(parameters, "field"),
				ListFilter.indexed(parameters, "fieldFrom"), ListFilter.indexed(parameters, "fieldTo"));
	}

}
