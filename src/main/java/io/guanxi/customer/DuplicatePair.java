package io.guanxi.customer;

import java.time.Instant;

import io.guanxi.customer.ProfileSection.Subject;

/**
 * A pair of likely duplicates that the scan found and nobody dismissed yet; the left
 * record has the smaller id, and its owner is the pair's owner on the quality page.
 */
public record DuplicatePair(long id, Subject subject, long leftId, String leftName, long rightId, String rightName,
		DuplicateReason reason, double score, Instant foundAt, long ownerId, String ownerName) {
}
