package io.guanxi.customer;

import java.time.Instant;

/** An account as a list row. */
public record AccountSummary(long id, String name, long ownerId, String ownerName, Instant updatedAt) {
}
