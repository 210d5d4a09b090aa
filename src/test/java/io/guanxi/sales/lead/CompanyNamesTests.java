package io.guanxi.sales.lead;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompanyNamesTests {

	@Test
	void theLegalFormIsTakenOff() {
		assertThat(CompanyNames.core("华为技术有限公司")).isEqualTo("华为技术");
		assertThat(CompanyNames.core("比亚迪股份有限公司")).isEqualTo("比亚迪");
		assertThat(CompanyNames.core("Siemens Ltd.")).isEqualTo("Siemens");
		assertThat(CompanyNames.core("Unilever (China) Co., Ltd.")).isEqualTo("Unilever (China)");
		assertThat(CompanyNames.core("Acme, Inc.")).isEqualTo("Acme");
	}

	@Test
	void aNameThatIsOnlyALegalFormOrHasNoneStays() {
		assertThat(CompanyNames.core("有限公司")).isEqualTo("有限公司");
		assertThat(CompanyNames.core("  Acme Robotics ")).isEqualTo("Acme Robotics");
	}

}
