package io.guanxi.sales;

import java.time.LocalDate;

/** The length of a forecast's periods: calendar months or calendar quarters. */
public enum ForecastPeriod {

	MONTH(1), QUARTER(3);

	private final int months;

	ForecastPeriod(int months) {
		this.months = months;
	}

	/** The period length named {@code month} or {@code quarter}, in any case. */
	public static ForecastPeriod of(String name) {
		try {
			return valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("period must be month or quarter, not '" + name + "'");
		}
	}

	/** The first day of the period that holds the day. */
	public LocalDate start(LocalDate day) {
		int firstMonth = (day.getMonthValue() - 1) / months * months + 1;
		return LocalDate.of(day.getYear(), firstMonth, 1);
	}

	/** The first day of the period after the one that starts on {@code start}. */
	public LocalDate next(LocalDate start) {
		return start.plusMonths(months);
	}

	/** How the period that starts on {@code start} is named: 2026-04, or 2026-Q2. */
	public String name(LocalDate start) {
		return this == MONTH ? String.format("%d-%02d", start.getYear(), start.getMonthValue())
				: start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
	}

}
