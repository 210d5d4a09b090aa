package io.guanxi.sales;

import org.jspecify.annotations.Nullable;

/** A lead became (or was linked to) an account, a contact and maybe an opportunity. */
public record LeadConverted(long leadId, long accountId, long contactId, @Nullable Long opportunityId,
		boolean accountCreated, boolean contactCreated) {
}
