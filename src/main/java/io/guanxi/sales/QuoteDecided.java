package io.guanxi.sales;

import java.time.Instant;

/** A manager approved or rejected a quote that waited for approval. */
public record QuoteDecided(long quoteId, long ownerId, long approverId, boolean approved, Instant decidedAt) {
}
