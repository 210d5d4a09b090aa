package io.guanxi.sales;

import java.time.Instant;

/**
 * A quote was handed in: approved at once, or ({@code needsApproval}) waiting for a
 * manager.
 */
public record QuoteSubmitted(long quoteId, long ownerId, boolean needsApproval, Instant submittedAt) {
}
