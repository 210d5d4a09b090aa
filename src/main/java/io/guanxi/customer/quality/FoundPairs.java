package io.guanxi.customer.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.guanxi.customer.DuplicateReason;
import io.guanxi.customer.quality.DuplicatePairs.FoundPair;
import io.guanxi.customer.quality.DuplicatePairs.PairKey;
import org.jspecify.annotations.Nullable;

/**
 * The pairs one scan found, at most {@code limit}, so that a pathological database cannot
 * fill the memory. Past the limit it keeps the pairs of the newest records (by the larger
 * id, then the smaller one), because those are the duplicates nobody has seen yet, and
 * says that it dropped some.
 */
final class FoundPairs {

	/** Newest first: by the right (larger) id, then by the left one. */
	private static final Comparator<PairKey> NEWEST_FIRST = Comparator.comparingLong(PairKey::right)
		.thenComparingLong(PairKey::left)
		.reversed();

	private final int limit;

	private final Map<PairKey, FoundPair> pairs = new HashMap<>();

	/** The oldest pair kept by the last cut; anything older is dropped. */
	private @Nullable PairKey oldestKept;

	private boolean truncated;

	FoundPairs(int limit) {
		this.limit = limit;
	}

	void add(long one, long other, DuplicateReason reason, double score) {
		if (one == other) {
			return;
		}
		PairKey key = PairKey.of(one, other);
		if (oldestKept != null && NEWEST_FIRST.compare(key, oldestKept) > 0 && !pairs.containsKey(key)) {
			truncated = true;
			return;
		}
		pairs.merge(key, new FoundPair(reason, score), FoundPair::or);
		// cut only now and then: sorting at every pair past the limit would cost n²
		if (pairs.size() > limit + limit / 2) {
			cut();
		}
	}

	/** The pairs kept, the newest ones when there were more than the limit. */
	Map<PairKey, FoundPair> pairs() {
		if (pairs.size() > limit) {
			cut();
		}
		return pairs;
	}

	/** Whether pairs were dropped because of the limit. */
	boolean truncated() {
		return truncated;
	}

	private void cut() {
		List<PairKey> keys = new ArrayList<>(pairs.keySet());
		keys.sort(NEWEST_FIRST);
		keys.subList(limit, keys.size()).forEach(pairs::remove);
		oldestKept = keys.get(limit - 1);
		truncated = true;
	}

}
