package io.guanxi.customer;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a contact list shows: every criterion is optional and they all must hold. Bound
 * from request parameters of the same names, on the page, the API and the exports alike,
 * so a list view is its URL.
 *
 * @param q text in the name, the alternate name or the e-mail
 * @param account text in the name of an account the contact works at (one the caller may
 * see)
 * @param owner owner user ids
 * @param tag tag ids the contact must all carry
 * @param hasMobile whether the contact has a mobile number ({@code null}: either)
 * @param hasEmail whether the contact has an e-mail address
 * @param doNotContact whether the contact asked not to be contacted
 * @param channel preferred channels
 * @param language preferred languages, as language tags ({@code zh-CN})
 * @param createdFrom first day of creation, inclusive (and so on for the other ranges)
 * @param field custom field values by field code (see {@link ListFilter})
 * @param fieldFrom lower bounds of number and date custom fields, inclusive
 * @param fieldTo upper bounds of number and date custom fields, inclusive
 */
public record ContactFilter(@Nullable String q, @Nullable String account, @Nullable Set<Long> owner,
		@Nullable Set<Long> tag, @Nullable Boolean hasMobile, @Nullable Boolean hasEmail,
		@Nullable Boolean doNotContact, @Nullable Set<PreferredChannel> channel, @Nullable Set<String> language,
		@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createdFrom,
		@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createdTo,
		@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate updatedFrom,
		@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate updatedTo,
		@Nullable Map<String, String> field, @Nullable Map<String, String> fieldFrom,
		@Nullable Map<String, String> fieldTo) implements ListFilter {

	public static ContactFilter byName(@Nullable String q) {
		return new ContactFilter(q, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null);
	}

	/** Whether any criterion is set, the name included. */
	public boolean hasCriteria() {
		return hasNameOwnerOrTag() || (account != null && !account.isBlank()) || ListFilter.notEmpty(channel)
				|| ListFilter.notEmpty(language) || hasMoreCriteria();
	}

	/**
	 * Whether a criterion of the "more filters" panel is set; the page opens the panel
	 * then.
	 */
	public boolean hasMoreCriteria() {
		return hasMobile != null || hasEmail != null || doNotContact != null || hasDateOrFieldCriteria();
	}

	/**
	 * The same filter with the custom field criteria read from the request parameters.
	 */
	public ContactFilter withCustomFieldsFrom(Map<String, String[]> parameters) {
		return new ContactFilter(q, account, owner, tag, hasMobile, hasEmail, doNotContact, channel, language,
				createdFrom, createdTo, updatedFrom, updatedTo, ListFilter.indexed(parameters, "field"),
				ListFilter.indexed(parameters, "fieldFrom"), ListFilter.indexed(parameters, "fieldTo"));
	}

}
