package io.guanxi.sales;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Which deals the pipeline board, the per-rep summary and the forecast cover. Every
 * criterion is optional; the caller's access always applies on top.
 *
 * @param process the sales process whose stages the board shows; empty: the default
 * process (the forecast covers every process)
 * @param owner {@code me}, or the id of a user; empty: everyone the caller can see
 * @param team the id of a team: deals owned by its active members
 * @param closeFrom expected close date from (inclusive)
 * @param closeTo expected close date to (inclusive)
 * @param productLine deals of this product line only (ignoring case)
 * @param currency the one currency that amounts are added up in (summary and forecast);
 * empty: {@value SaveOpportunity#DEFAULT_CURRENCY}
 */
public record PipelineFilter(@Nullable Long process, @Nullable String owner, @Nullable Long team,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate closeFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate closeTo, @Nullable String productLine,
		@Nullable String currency) {

	/** The owner filter's value that means the caller. */
	public static final String ME = "me";

	public static PipelineFilter none() {
		return new PipelineFilter(null, null, null, null, null, null, null);
	}

	/** The currency amounts are added up in. */
	public String currencyOrDefault() {
		return currency == null || currency.isBlank() ? SaveOpportunity.DEFAULT_CURRENCY
				: currency.strip().toUpperCase(java.util.Locale.ROOT);
	}

	public PipelineFilter withProcess(long processId) {
		return new PipelineFilter(processId, owner, team, closeFrom, closeTo, productLine, currency);
	}

	public PipelineFilter withOwner(@Nullable String owner) {
		return new PipelineFilter(process, owner, team, closeFrom, closeTo, productLine, currency);
	}

	public PipelineFilter withCloseDates(@Nullable LocalDate from, @Nullable LocalDate to) {
		return new PipelineFilter(process, owner, team, from, to, productLine, currency);
	}

	/** Whether anything narrows the deals beyond the process and currency. */
	public boolean narrowed() {
		return (owner != null && !owner.isBlank()) || team != null || closeFrom != null || closeTo != null
				|| (productLine != null && !productLine.isBlank());
	}

}
