package io.guanxi.customer.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.guanxi.customer.DuplicateReason;

/**
 * The normalised names of one block (accounts of one city and initial, the contacts of
 * one account), compared by sorted neighbourhood: each distinct name with the
 * {@value #WINDOW} names that follow it in alphabetical order, and again in the order of
 * the reversed names, so that a typo near the start of a name does not hide it either.
 * Work grows with the size of the block, not with its square, and a new record is
 * compared with the names nearest to its own however many records the block has; records
 * with the same name are paired as an {@link EqualKeyGroup}.
 */
final class NameBlock {

	/** Names each name is compared with, in each of the two orders. */
	static final int WINDOW = 20;

	private static final Comparator<Named> BY_NAME = Comparator.comparing(Named::key).thenComparingLong(Named::id);

	private final List<Named> names = new ArrayList<>();

	void add(long id, long ownerId, String key) {
		if (!key.isEmpty()) {
			names.add(new Named(id, ownerId, key, new StringBuilder(key).reverse().toString()));
		}
	}

	/** Adds the similar pairs of the block to {@code found} and empties the block. */
	void pairInto(FoundPairs found) {
		names.sort(BY_NAME);
		List<Named> distinct = new ArrayList<>();
		EqualKeyGroup sameName = new EqualKeyGroup(found, DuplicateReason.NAME, 1);
		for (Named name : names) {
			if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).key().equals(name.key())) {
				// the oldest record with this name stands for all of them
				distinct.add(name);
				sameName.restart();
			}
			sameName.add(name.id(), name.ownerId());
		}
		names.clear();
		compareNeighbours(found, distinct);
		distinct.sort(Comparator.comparing(Named::reversed));
		compareNeighbours(found, distinct);
	}

	private static void compareNeighbours(FoundPairs found, List<Named> sorted) {
		for (int i = 0; i < sorted.size(); i++) {
			Named name = sorted.get(i);
			for (int j = i + 1; j <= i + WINDOW && j < sorted.size(); j++) {
				Named other = sorted.get(j);
				double similarity = SimilarNames.similarity(name.key(), other.key());
				if (SimilarNames.similar(similarity)) {
					found.add(name.id(), other.id(), DuplicateReason.NAME, similarity);
				}
			}
		}
	}

	private record Named(long id, long ownerId, String key, String reversed) {
	}

}
