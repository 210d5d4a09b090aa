package io.guanxi.customer.quality;

import io.guanxi.customer.DuplicateReason;
import io.guanxi.customer.quality.DuplicatePairs.PairKey;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The cap on the pairs of one scan keeps the newest records' pairs and says so. */
class FoundPairsTests {

	@Test
	void keepsTheStrongestReasonOfAPairFoundTwice() {
		FoundPairs found = new FoundPairs(10);
		found.add(2, 1, DuplicateReason.NAME, 0.95);
		found.add(1, 2, DuplicateReason.PHONE, 1);
		found.add(3, 3, DuplicateReason.PHONE, 1);

		assertThat(found.pairs()).containsOnlyKeys(new PairKey(1, 2));
		assertThat(found.pairs().get(new PairKey(1, 2)).reason()).isEqualTo(DuplicateReason.PHONE);
		assertThat(found.truncated()).isFalse();
	}

	@Test
	void pastTheLimitKeepsThePairsOfTheNewestRecords() {
		FoundPairs found = new FoundPairs(4);
		// old pairs first, as a scan in id order meets them, then newer ones, then old
		// again
		for (long id = 2; id <= 40; id++) {
			found.add(1, id, DuplicateReason.PHONE, 1);
		}
		found.add(5, 6, DuplicateReason.NAME, 0.95);
		found.add(39, 40, DuplicateReason.NAME, 0.95);

		assertThat(found.pairs()).containsOnlyKeys(new PairKey(39, 40), new PairKey(1, 40), new PairKey(1, 39),
				new PairKey(1, 38));
		assertThat(found.truncated()).isTrue();
	}

}
