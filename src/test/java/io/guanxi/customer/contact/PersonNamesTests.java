package io.guanxi.customer.contact;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonNamesTests {

	@Test
	void splitsChineseNamesAfterTheFamilyName() {
		assertThat(PersonNames.split("张伟")).isEqualTo(new PersonNames.Parts("张", "伟"));
		assertThat(PersonNames.split("王小明")).isEqualTo(new PersonNames.Parts("王", "小明"));
		assertThat(PersonNames.split("欧阳娜娜")).isEqualTo(new PersonNames.Parts("欧阳", "娜娜"));
		assertThat(PersonNames.split("山田 太郎")).isEqualTo(new PersonNames.Parts("山田", "太郎"));
		assertThat(PersonNames.split("张")).isEqualTo(new PersonNames.Parts("张", null));
	}

	@Test
	void splitsWesternNamesBeforeTheLastWord() {
		assertThat(PersonNames.split(" Emily  Chen ")).isEqualTo(new PersonNames.Parts("Chen", "Emily"));
		assertThat(PersonNames.split("Mary Ann Smith")).isEqualTo(new PersonNames.Parts("Smith", "Mary Ann"));
		assertThat(PersonNames.split("Ludwig van Beethoven"))
			.isEqualTo(new PersonNames.Parts("van Beethoven", "Ludwig"));
		assertThat(PersonNames.split("Chen, Emily")).isEqualTo(new PersonNames.Parts("Chen", "Emily"));
		assertThat(PersonNames.split("Madonna")).isEqualTo(new PersonNames.Parts(null, "Madonna"));
	}

	@Test
	void theSplitPartsGiveTheNameBack() {
		for (String name : new String[] { "张伟", "欧阳娜娜", "Emily Chen", "Mary Ann Smith", "Ludwig van Beethoven" }) {
			PersonNames.Parts parts = PersonNames.split(name);
			assertThat(PersonNames.fullName(parts.familyName(), parts.givenName())).isEqualTo(name);
		}
	}

}
