package io.guanxi.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A quote in a list.
 *
 * @param accountName null when the caller may not read the account
 */
public record QuoteSummary(long id, String number, String title, long accountId, @Nullable String accountName,
		long ownerId, String ownerName, QuoteStatus status, String currency, BigDecimal total, BigDecimal maxDiscount,
		LocalDate validUntil, Instant createdAt) {
}
