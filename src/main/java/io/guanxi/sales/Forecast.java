package io.guanxi.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the deals of one currency are expected to bring per month or quarter, and in all.
 * A deal counts in the period of its expected close date (a won deal without one: the day
 * it was won). Each figure includes the one before it:
 * <ul>
 * <li>{@code closedWon}: the won deals;</li>
 * <li>{@code commit}: closed won plus the open deals in the forecast category
 * {@link ForecastCategory#COMMIT commit};</li>
 * <li>{@code bestCase}: commit plus the open deals in {@link ForecastCategory#BEST_CASE
 * best case};</li>
 * <li>{@code pipeline}: best case plus the open deals in {@link ForecastCategory#PIPELINE
 * pipeline}.</li>
 * </ul>
 * Open deals the owner left out ({@link ForecastCategory#OMITTED omitted}), open deals
 * without an expected close date and lost deals count nowhere; a deal without an amount
 * counts as a deal of 0. Amounts are in {@code currency} only: deals in other currencies
 * are left out, never converted.
 *
 * @param from the first day of the first period
 * @param to the last day of the last period
 */
public record Forecast(ForecastPeriod period, String currency, LocalDate from, LocalDate to, List<Row> periods,
		Row total) {

	/**
	 * One period's figures, each including the one before.
	 *
	 * @param name 2026-04 or 2026-Q2; "total" for the sum of all periods
	 * @param end the last day of the period
	 * @param closedWonDeals how many deals {@code closedWon} adds up, and so on
	 */
	public record Row(String name, LocalDate start, LocalDate end, BigDecimal closedWon, BigDecimal commit,
			BigDecimal bestCase, BigDecimal pipeline, long closedWonDeals, long commitDeals, long bestCaseDeals,
			long pipelineDeals) {

		/** Commit without the deals won already: what is still to close. */
		public BigDecimal openCommit() {
			return commit.subtract(closedWon);
		}

		public BigDecimal openBestCase() {
			return bestCase.subtract(commit);
		}

		public BigDecimal openPipeline() {
			return pipeline.subtract(bestCase);
		}

	}

}
