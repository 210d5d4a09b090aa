package io.guanxi.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An order in a list; {@code accountName} is null when the caller may not read the
 * account.
 */
public record OrderSummary(long id, String number, long accountId, @Nullable String accountName, String ownerName,
		LocalDate orderedOn, OrderStatus status, String currency, BigDecimal total) {
}
