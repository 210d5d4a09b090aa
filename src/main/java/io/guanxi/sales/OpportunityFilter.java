package io.guanxi.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the opportunity table shows: every criterion is optional, several values of one
 * criterion mean any of them, and the caller's access always applies.
 *
 * @param q the name contains this (ignoring case)
 * @param stage stage ids
 * @param owner {@code me}, or the id of a user
 * @param team the id of a team: deals owned by its active members
 * @param amountFrom amount at least (inclusive)
 * @param amountTo amount at most (inclusive)
 * @param currency deals in this currency only
 */
public record OpportunityFilter(@Nullable String q, @Nullable List<Long> stage,
		@Nullable List<OpportunityStatus> status, @Nullable String owner, @Nullable Long team, @Nullable Long process,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate closeFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate closeTo, @Nullable String productLine,
		@Nullable BigDecimal amountFrom, @Nullable BigDecimal amountTo, @Nullable String currency) {

	public static OpportunityFilter none() {
		return new OpportunityFilter(null, null, null, null, null, null, null, null, null, null, null, null);
	}

	/** The criteria the table shares with the board and the forecast. */
	public PipelineFilter pipeline() {
		return new PipelineFilter(process, owner, team, closeFrom, closeTo, productLine, currency);
	}

	public boolean hasCriteria() {
		return (q != null && !q.isBlank()) || (stage != null && !stage.isEmpty())
				|| (status != null && !status.isEmpty()) || process != null || amountFrom != null || amountTo != null
				|| (currency != null && !currency.isBlank()) || pipeline().narrowed();
	}

}
