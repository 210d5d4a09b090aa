package io.guanxi.sales;

import java.math.BigDecimal;

/**
 * A product's unit price in a price book, in the book's currency; {@code version} is its
 * ETag.
 */
public record PriceEntryView(long id, long priceBookId, long productId, String productCode, String productName,
		String unit, boolean productActive, BigDecimal unitPrice, String currency, long version) {
}
