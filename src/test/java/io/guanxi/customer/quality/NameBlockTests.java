package io.guanxi.customer.quality;

import java.util.Random;

import io.guanxi.customer.DuplicateReason;
import io.guanxi.customer.quality.DuplicatePairs.PairKey;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Sorted neighbourhood within one block of names. */
class NameBlockTests {

	@Test
	void findsANewDuplicateInABlockOfThousandsOfNames() {
		Random random = new Random(7);
		NameBlock block = new NameBlock();
		for (long id = 1; id <= 5000; id++) {
			block.add(id, 1, SimilarNames.companyKey("K" + letters(random, 9) + " Ltd."));
		}
		// the newest two, one with a typo early in the name and one late
		block.add(6001, 2, SimilarNames.companyKey("Kestrelwood Trading GmbH"));
		block.add(6002, 2, SimilarNames.companyKey("Kestrelwood Tradnig"));
		block.add(6003, 2, SimilarNames.companyKey("Kstrelwood Trading Co., Ltd."));
		FoundPairs found = new FoundPairs(100_000);

		block.pairInto(found);

		assertThat(found.pairs()).containsKeys(new PairKey(6001, 6002), new PairKey(6001, 6003));
		assertThat(found.pairs().get(new PairKey(6001, 6002)).reason()).isEqualTo(DuplicateReason.NAME);
		// at most one comparison window per name and order, not every pair of 5,003 names
		assertThat(found.pairs()).hasSizeLessThan(5003 * 2 * NameBlock.WINDOW);
	}

	@Test
	void pairsEqualNamesWithTheOldestAndTheOwnersOldest() {
		NameBlock block = new NameBlock();
		for (long id = 1; id <= 1000; id++) {
			block.add(id, id <= 500 ? 1 : 2, SimilarNames.personKey("张 伟"));
		}
		FoundPairs found = new FoundPairs(100_000);

		block.pairInto(found);

		// everyone with record 1, and the second owner's records also with record 501
		assertThat(found.pairs()).hasSize(999 + 499)
			.containsKeys(new PairKey(1, 2), new PairKey(1, 1000), new PairKey(501, 1000))
			.doesNotContainKey(new PairKey(2, 3));
		assertThat(found.pairs().get(new PairKey(1, 2)).score()).isEqualTo(1.0);
	}

	private static String letters(Random random, int count) {
		StringBuilder letters = new StringBuilder();
		for (int i = 0; i < count; i++) {
			letters.append((char) ('a' + random.nextInt(26)));
		}
		return letters.toString();
	}

}
