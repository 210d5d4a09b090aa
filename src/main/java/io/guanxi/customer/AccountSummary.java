package io.guanxi.customer;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An account as a list row. */
public record AccountSummary(long id, String name, AccountKind kind, @Nullable Industry industry, @Nullable String city,
		@Nullable Tier tier, LifecycleStage lifecycleStage, AccountStatus status, @Nullable String phone,
		@Nullable String email, long ownerId, String ownerName, Instant createdAt, Instant updatedAt) {
}
