package io.guanxi.sales;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpportunityStatusTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

	@Test
	void onlyAnOpenDealPastItsCloseDateIsOverdue() {
		assertThat(OpportunityStatus.OPEN.overdue(TODAY.minusDays(1), TODAY)).isTrue();
		assertThat(OpportunityStatus.OPEN.overdue(TODAY, TODAY)).as("closing today").isFalse();
		assertThat(OpportunityStatus.OPEN.overdue(null, TODAY)).as("no close date").isFalse();
		assertThat(OpportunityStatus.WON.overdue(TODAY.minusDays(1), TODAY)).isFalse();
		assertThat(OpportunityStatus.LOST.overdue(TODAY.minusDays(1), TODAY)).isFalse();
	}

}
