package io.guanxi.customer.quality;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The examples behind the similarity threshold in {@link SimilarNames}. */
class SimilarNamesTests {

	@Test
	void legalFormsPunctuationAndCaseAreIgnored() {
		assertThat(SimilarNames.companyKey("华为技术有限公司")).isEqualTo("华为技术");
		assertThat(SimilarNames.companyKey("华为技术股份有限公司")).isEqualTo("华为技术");
		assertThat(SimilarNames.companyKey("Siemens Ltd.")).isEqualTo("siemens");
		assertThat(SimilarNames.companyKey("SIEMENS Limited")).isEqualTo("siemens");
		assertThat(SimilarNames.companyKey("Acme Trading Co., Ltd.")).isEqualTo("acmetrading");
		assertThat(SimilarNames.companyKey("Bosch GmbH")).isEqualTo("bosch");
		assertThat(SimilarNames.companyKey("ＡＢＣ（中国）有限公司")).isEqualTo("abc中国");
		assertThat(SimilarNames.companyKey("Inc")).isEqualTo("inc");
		assertThat(SimilarNames.companyKey("有限公司")).isEqualTo("有限公司");
		assertThat(SimilarNames.personKey("Zhang  Wei")).isEqualTo(SimilarNames.personKey("zhang-wei"));
	}

	@Test
	void theThresholdAcceptsTyposAndKeepsDifferentCompaniesApart() {
		assertThat(similarity("Siemens", "Siemems")).isCloseTo(0.943, within(0.001));
		assertThat(SimilarNames.similar(similarity("Siemens", "Siemems"))).isTrue();
		assertThat(SimilarNames.similar(similarity("华为技术有限公司", "华为技术"))).isTrue();
		assertThat(similarity("北京华为", "北京华夏")).isCloseTo(0.883, within(0.001));
		assertThat(SimilarNames.similar(similarity("北京华为", "北京华夏"))).isFalse();
		assertThat(similarity("华为技术", "华为软件")).isCloseTo(0.667, within(0.001));
		assertThat(SimilarNames.similar(similarity("华为技术", "华为软件"))).isFalse();
		assertThat(SimilarNames.similarity("", "")).isZero();
	}

	private static double similarity(String left, String right) {
		return SimilarNames.similarity(SimilarNames.companyKey(left), SimilarNames.companyKey(right));
	}

}
