package io.guanxi.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * How quotes and orders compute their amounts, so that an order made from a quote comes
 * to the same total: a line's net unit price is the list price less its discount, rounded
 * to the cent; the line total is quantity × net price, rounded; a document's discount
 * comes off the sum of its lines, rounded.
 */
public final class Pricing {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Pricing() {
	}

	/** The unit price after a discount of {@code discountPercent}. */
	public static BigDecimal net(BigDecimal price, BigDecimal discountPercent) {
		return cents(price.subtract(price.multiply(discountPercent).divide(HUNDRED)));
	}

	public static BigDecimal lineTotal(BigDecimal quantity, BigDecimal netPrice) {
		return cents(quantity.multiply(netPrice));
	}

	public static BigDecimal sum(Collection<BigDecimal> amounts) {
		return cents(amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
	}

	/** What is left of {@code amount} after a discount of {@code discountPercent}. */
	public static BigDecimal afterDiscount(BigDecimal amount, BigDecimal discountPercent) {
		return amount.subtract(cents(amount.multiply(discountPercent).divide(HUNDRED)));
	}

	/**
	 * How much below {@code full} the {@code actual} amount is, in percent (0 when full
	 * is nothing).
	 */
	public static BigDecimal discountPercent(BigDecimal full, BigDecimal actual) {
		if (full.signum() == 0) {
			return BigDecimal.ZERO.setScale(2);
		}
		return full.subtract(actual).multiply(HUNDRED).divide(full, 2, RoundingMode.HALF_UP);
	}

	public static BigDecimal cents(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}

}
