package io.guanxi.sales;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A request for a manager's approval to leave a stage, and its decision. */
public record ApprovalView(long id, long opportunityId, long stageId, ApprovalStatus status, String requestedBy,
		Instant requestedAt, @Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String note) {
}
