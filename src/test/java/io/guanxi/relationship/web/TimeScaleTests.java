package io.guanxi.relationship.web;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimeScaleTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

	@Test
	void hasOneStepPerMonthFromTheFirstPositionToToday() {
		TimeScale scale = TimeScale.of(LocalDate.of(2024, 11, 20), LocalDate.of(2025, 3, 31), TODAY,
				List.of(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 14), LocalDate.of(2019, 1, 1)));

		assertThat(scale.start()).isEqualTo(LocalDate.of(2024, 11, 1));
		assertThat(scale.steps()).isEqualTo(25);
		assertThat(scale.step()).isEqualTo(4);
		assertThat(scale.markSteps()).containsExactly(3);
		assertThat(scale.hasRange()).isTrue();
	}

	@Test
	void aDayBeforeTheHistoryIsTheFirstStepAndAFutureDayTheLast() {
		LocalDate start = LocalDate.of(2020, 1, 1);

		assertThat(TimeScale.of(start, LocalDate.of(2010, 1, 1), TODAY, List.of()).step()).isZero();
		assertThat(TimeScale.of(start, LocalDate.of(2030, 1, 1), TODAY, List.of()).step()).isEqualTo(83);
	}

	@Test
	void anAccountWithoutHistoryHasNoSlider() {
		assertThat(TimeScale.of(null, TODAY, TODAY, List.of()).hasRange()).isFalse();
	}

}
