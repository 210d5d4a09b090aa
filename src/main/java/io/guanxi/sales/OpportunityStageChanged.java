package io.guanxi.sales;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An opportunity entered a stage, or was closed as lost (then {@code toStageId} is the
 * stage it was lost at). Published after the change is committed.
 */
public record OpportunityStageChanged(long opportunityId, long accountId, long ownerId, @Nullable Long fromStageId,
		long toStageId, OpportunityStatus status, @Nullable BigDecimal amount, String currency, Instant occurredAt) {
}
