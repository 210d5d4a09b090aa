package io.guanxi.customer;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A record in a list of records with a data quality problem.
 *
 * @param detail the offending value, or what tells the record apart (city, e-mail)
 */
public record QualityRecord(long id, String name, @Nullable String detail, long ownerId, String ownerName,
		Instant updatedAt) {
}
