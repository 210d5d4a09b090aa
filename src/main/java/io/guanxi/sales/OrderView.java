package io.guanxi.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An order as the caller sees it; {@code version} is its ETag.
 *
 * @param accountName null when the caller may read the order but not its account
 * @param mayChange whether the caller may change its lines, fulfil or cancel it
 */
public record OrderView(long id, String number, long accountId, @Nullable String accountName,
		@Nullable Long opportunityId, @Nullable Long contractId, @Nullable String contractNumber,
		@Nullable Long quoteId, @Nullable String quoteNumber, long ownerId, String ownerName,
		@Nullable Long priceBookId, LocalDate orderedOn, OrderStatus status, String currency,
		BigDecimal discountPercent, BigDecimal subtotal, BigDecimal total, @Nullable String note,
		List<OrderLineView> lines, boolean mayChange, Instant createdAt, long version) {

	public OrderView {
		lines = List.copyOf(lines);
	}

	public boolean open() {
		return status == OrderStatus.OPEN;
	}

}
