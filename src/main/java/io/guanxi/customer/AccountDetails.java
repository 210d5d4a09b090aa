package io.guanxi.customer;

import java.time.Instant;

/** An account with everything its page and the API show; {@code version} is the ETag. */
public record AccountDetails(long id, String name, long ownerId, String ownerName, Instant createdAt, Instant updatedAt,
		long version) {
}
