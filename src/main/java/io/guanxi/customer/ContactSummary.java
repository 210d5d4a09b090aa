package io.guanxi.customer;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A contact as a list row, with the accounts the caller may see it belong to. */
public record ContactSummary(long id, String fullName, @Nullable String alternateName, @Nullable String jobTitle,
		List<ContactAccount> accounts, @Nullable String mobile, @Nullable String email, long ownerId, String ownerName,
		Instant updatedAt) {
}
