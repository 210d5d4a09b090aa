package io.guanxi.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An opportunity on which the caller is a deal team member, with their part in it.
 *
 * @param stageCode names the stage in translations ({@code sales.stage.<code>}) when set
 */
public record TeamDeal(long opportunityId, String name, long accountId, String accountName, String ownerName,
		@Nullable String stageCode, String stageName, OpportunityStatus status, @Nullable BigDecimal amount,
		String currency, @Nullable LocalDate closeDate, TeamRole role, boolean canEdit) {
}
