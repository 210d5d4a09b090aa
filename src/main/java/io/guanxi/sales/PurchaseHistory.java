package io.guanxi.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an account has bought: its orders that are not cancelled, totalled per currency,
 * and its latest orders (cancelled ones too, marked as such).
 *
 * @param orderCount orders that are not cancelled
 * @param totals one per currency, the largest first
 */
public record PurchaseHistory(long accountId, long orderCount, List<Amount> totals, @Nullable LocalDate firstOrderedOn,
		@Nullable LocalDate lastOrderedOn, List<OrderSummary> latest) {

	public PurchaseHistory {
		totals = List.copyOf(totals);
		latest = List.copyOf(latest);
	}

	public boolean empty() {
		return orderCount == 0 && latest.isEmpty();
	}

	/** An amount in a currency. */
	public record Amount(String currency, BigDecimal amount) {
	}

	/**
	 * The figures of a purchase history without its orders, for many accounts at once.
	 */
	public record Summary(long accountId, long orderCount, List<Amount> totals, @Nullable LocalDate firstOrderedOn,
			@Nullable LocalDate lastOrderedOn) {

		public Summary {
			totals = List.copyOf(totals);
		}

	}

}
