package io.guanxi.customer.transfer;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CellsTests {

	@Test
	void readsDaysWrittenYearFirst() {
		LocalDate day = LocalDate.of(1980, 3, 5);
		for (String text : new String[] { "1980-03-05", "1980/3/5", "1980.03.05", "1980年3月5日", "19800305" }) {
			assertThat(Cells.date(text)).as(text).hasValue(day);
		}
	}

	@Test
	void refusesDaysThatAreAmbiguousOrDoNotExist() {
		for (String text : new String[] { "05/03/1980", "1980", "1980-02-30", "soon", "1980-03-05T10:00" }) {
			assertThat(Cells.date(text)).as(text).isEmpty();
		}
	}

	@Test
	void readsYesAndNoInEnglishAndChinese() {
		assertThat(Cells.yesOrNo("Yes")).hasValue(true);
		assertThat(Cells.yesOrNo("是")).hasValue(true);
		assertThat(Cells.yesOrNo("0")).hasValue(false);
		assertThat(Cells.yesOrNo("否")).hasValue(false);
		assertThat(Cells.yesOrNo("maybe")).isEmpty();
	}

}
