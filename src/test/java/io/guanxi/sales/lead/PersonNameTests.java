package io.guanxi.sales.lead;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonNameTests {

	@Test
	void chineseNamesPutTheFamilyNameFirstAndWesternNamesLast() {
		assertThat(PersonName.of("张", "伟")).isEqualTo("张伟");
		assertThat(PersonName.of("Chen", "Emily")).isEqualTo("Emily Chen");
		assertThat(PersonName.of(null, "伟")).isEqualTo("伟");
		assertThat(PersonName.of("Chen", null)).isEqualTo("Chen");
	}

}
