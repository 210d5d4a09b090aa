package io.guanxi.sales;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One entry of an opportunity's stage history. */
public record StageChangeView(long id, @Nullable StageView from, StageView to, OpportunityStatus status,
		@Nullable String changedBy, Instant changedAt) {
}
