package io.guanxi.sales;

import org.jspecify.annotations.Nullable;

/**
 * What the lead list shows: every criterion is optional.
 *
 * @param q part of the name, company or e-mail address
 * @param owner the owner's user id
 */
public record LeadFilter(@Nullable String q, @Nullable LeadStatus status, @Nullable Long owner,
		@Nullable LeadSource source) {

	public static LeadFilter none() {
		return new LeadFilter(null, null, null, null);
	}

	public boolean isEmpty() {
		return (q == null || q.isBlank()) && status == null && owner == null && source == null;
	}

}
