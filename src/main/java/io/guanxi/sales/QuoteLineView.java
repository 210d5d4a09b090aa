package io.guanxi.sales;

import java.math.BigDecimal;

/**
 * A line of a quote.
 *
 * @param index its place on the quote, from 0 (the API and pages name a line by it)
 * @param aboveThreshold whether its discount alone needs a manager's approval
 */
public record QuoteLineView(int index, long productId, String productCode, String productName, String unit,
		BigDecimal quantity, BigDecimal listPrice, BigDecimal discountPercent, BigDecimal netPrice,
		BigDecimal lineTotal, boolean aboveThreshold) {
}
