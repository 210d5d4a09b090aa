package io.guanxi.sales;

import org.jspecify.annotations.Nullable;

/** What a conversion made or used: the ids, and which records are new. */
public record ConvertedLead(long leadId, long accountId, long contactId, @Nullable Long opportunityId,
		boolean accountCreated, boolean contactCreated) {
}
