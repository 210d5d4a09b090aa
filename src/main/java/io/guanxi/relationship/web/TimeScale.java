package io.guanxi.relationship.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The slider under an org chart: one step per month from the month the account's history
 * starts to this month, whose step means today.
 *
 * @param start the first day of the first month
 * @param steps the number of months after it (0 when the history is younger than a month)
 * @param step where the chart's day sits on the slider
 * @param marks the days of personnel changes, for tick marks
 */
public record TimeScale(LocalDate start, int steps, int step, List<LocalDate> marks) {

	public TimeScale {
		marks = List.copyOf(marks);
	}

	static TimeScale of(@Nullable LocalDate historyStart, LocalDate asOf, LocalDate today, List<LocalDate> marks) {
		LocalDate first = (historyStart == null || historyStart.isAfter(today) ? today : historyStart)
			.withDayOfMonth(1);
		int steps = (int) ChronoUnit.MONTHS.between(first, today.withDayOfMonth(1));
		long step = asOf.isBefore(first) ? 0 : ChronoUnit.MONTHS.between(first, asOf.withDayOfMonth(1));
		return new TimeScale(first, steps, (int) Math.min(steps, step), marks);
	}

	public boolean hasRange() {
		return steps > 0;
	}

	/** The slider's tick marks: the steps of the months in which something changed. */
	public List<Integer> markSteps() {
		return marks.stream()
			.filter(day -> !day.isBefore(start))
			.map(day -> (int) ChronoUnit.MONTHS.between(start, day.withDayOfMonth(1)))
			.filter(step -> step <= steps)
			.distinct()
			.sorted()
			.toList();
	}

}
