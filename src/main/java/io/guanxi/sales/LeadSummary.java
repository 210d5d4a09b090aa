package io.guanxi.sales;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A lead as a row of the list. */
public record LeadSummary(long id, String fullName, @Nullable String companyName, @Nullable String title,
		@Nullable String email, @Nullable String mobile, @Nullable String city, LeadSource source, LeadStatus status,
		int score, long ownerId, String ownerName, Instant createdAt) {
}
