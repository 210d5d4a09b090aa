package io.guanxi.bench;

import java.time.LocalDate;
import java.util.Random;

/** Random days for the generated histories; nothing happens today or later. */
final class Dates {

	private Dates() {
	}

	/** A day from {@code from} to {@code to}, both included (to is moved to from when it is earlier). */
	static LocalDate between(Random random, LocalDate from, LocalDate to) {
		long span = to.toEpochDay() - from.toEpochDay();
		return span <= 0 ? from : from.plusDays(random.nextLong(span + 1));
	}

	/** A day after {@code day} and before today; {@code day} must be two days before today or earlier. */
	static LocalDate after(Random random, LocalDate day) {
		return between(random, day.plusDays(1), Population.TODAY.minusDays(1));
	}

	/** A day within the {@code years} before today (not today). */
	static LocalDate withinYears(Random random, int years) {
		return between(random, Population.TODAY.minusYears(years), Population.TODAY.minusDays(1));
	}

	static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

}
