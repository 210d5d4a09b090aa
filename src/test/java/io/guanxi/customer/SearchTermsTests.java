package io.guanxi.customer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTermsTests {

	@Test
	void chineseTextGivesNeighbouringPairsAndLatinTextLowerCasedWords() {
		assertThat(SearchTerms.of("华为技术", "Siemens Ltd.")).containsExactly("ltd", "siemens", "为技", "华为", "技术");
	}

	@Test
	void phoneNumbersGiveTheirLastFourAndSevenDigitsWhateverTheirFormat() {
		assertThat(SearchTerms.of("+86 138 0013 8000")).containsExactly("#0138000", "#8000");
		assertThat(SearchTerms.of("138-0013-8000", "+8613800138000")).containsExactly("#0138000", "#8000");
	}

	@Test
	void aQueryLooksForTheLongestIndexedEndingItHas() {
		assertThat(SearchTerms.phoneTerm("8000")).isEqualTo("#8000");
		assertThat(SearchTerms.phoneTerm("38000")).isEqualTo("#8000");
		assertThat(SearchTerms.phoneTerm("8613800138000")).isEqualTo("#0138000");
	}

	@Test
	void fullWidthFormsAndMixedScriptsAreSplit() {
		assertThat(SearchTerms.of("ＡＢＣ华为Mate60")).containsExactly("abc", "mate60", "华为");
		assertThat(SearchTerms.tokens("Ｈｅｌｌｏ 北京")).containsExactly(new SearchTerms.Token("hello", false),
				new SearchTerms.Token("北京", true));
	}

	@Test
	void blanksAndNullsGiveNothingAndTermsAreBounded() {
		assertThat(SearchTerms.of(null, " ", "")).isEmpty();
		String manyWords = java.util.stream.IntStream.range(0, 300)
			.mapToObj(i -> "w" + i)
			.collect(java.util.stream.Collectors.joining(" "));
		assertThat(SearchTerms.of(manyWords)).hasSize(SearchTerms.MAX_TERMS);
	}

	@Test
	void aSingleCharacterHasNoPairs() {
		assertThat(SearchTerms.bigrams("华")).isEmpty();
		assertThat(SearchTerms.of("华")).isEmpty();
	}

}
