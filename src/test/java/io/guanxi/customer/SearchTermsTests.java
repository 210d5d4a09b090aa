package io.guanxi.customer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTermsTests {

	@Test
	void chineseTextGivesNeighbouringPairsAndLatinTextLowerCasedWords() {
		assertThat(SearchTerms.of("华为技术", "Siemens Ltd.")).containsExactly("ltd", "siemens", "为技", "华为", "技术");
	}

	@Test
	void phoneNumbersGiveTheirEndingsFromFourDigitsWhateverTheirFormat() {
		assertThat(SearchTerms.of("+86 138 0013 8000")).contains("#8000", "#13800138000", "#8613800138000")
			.doesNotContain("#000", "138", "8000")
			.hasSize(10);
		assertThat(SearchTerms.of("138-0013-8000")).contains("#13800138000");
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
