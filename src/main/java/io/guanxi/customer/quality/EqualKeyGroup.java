package io.guanxi.customer.quality;

import java.util.HashMap;
import java.util.Map;

import io.guanxi.customer.DuplicateReason;
import org.jspecify.annotations.Nullable;

/**
 * Pairs the records of one group that share a key (a phone number, an e-mail, a name),
 * met in id order: each with the group's oldest record, and with its owner's oldest one
 * in the group. That is fewer than two pairs per record where pairing everyone with
 * everyone is n² (a switchboard number shared by thousands), every suggestion is a merge
 * into a record that stays, and each owner still sees the duplicates among their own
 * records when the oldest one belongs to someone else.
 */
final class EqualKeyGroup {

	private final FoundPairs found;

	private final DuplicateReason reason;

	private final double score;

	private @Nullable Long oldest;

	private final Map<Long, Long> oldestOfOwner = new HashMap<>();

	EqualKeyGroup(FoundPairs found, DuplicateReason reason, double score) {
		this.found = found;
		this.reason = reason;
		this.score = score;
	}

	/** Starts the next group. */
	void restart() {
		oldest = null;
		oldestOfOwner.clear();
	}

	/** The next record of the group; ids come in ascending order. */
	void add(long id, long ownerId) {
		Long ownersOldest = oldestOfOwner.putIfAbsent(ownerId, id);
		if (oldest == null) {
			oldest = id;
			return;
		}
		found.add(oldest, id, reason, score);
		if (ownersOldest != null && !ownersOldest.equals(oldest)) {
			found.add(ownersOldest, id, reason, score);
		}
	}

}
