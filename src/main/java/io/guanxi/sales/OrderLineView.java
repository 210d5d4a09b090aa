package io.guanxi.sales;

import java.math.BigDecimal;

/** A line of an order; {@code index} is its place from 0. */
public record OrderLineView(int index, long productId, String productCode, String productName, String unit,
		BigDecimal quantity, BigDecimal unitPrice, BigDecimal lineTotal) {
}
