package io.guanxi.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An opportunity as the table lists it.
 *
 * @param stage the stage it is in (of its process)
 * @param weighted the amount times the probability
 */
public record OpportunityRow(long id, String name, long accountId, String accountName, long ownerId, String ownerName,
		long processId, Stage stage, OpportunityStatus status, @Nullable BigDecimal amount, String currency,
		@Nullable LocalDate closeDate, int probability, BigDecimal weighted, ForecastCategory forecastCategory,
		@Nullable String productLine, Instant updatedAt) {

	/** Whether the deal is open and past its expected close date. */
	public boolean overdueOn(LocalDate today) {
		return status.overdue(closeDate, today);
	}

	/**
	 * A stage, named in translations by {@code code} ({@code sales.stage.<code>}) where
	 * set.
	 */
	public record Stage(long id, int position, @Nullable String code, String name, StageOutcome outcome) {

		static Stage of(StageView stage) {
			return new Stage(stage.id(), stage.position(), stage.code(), stage.name(), stage.outcome());
		}

	}

}
