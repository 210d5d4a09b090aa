package io.guanxi.sales.quote;

import java.math.BigDecimal;

import io.guanxi.sales.Pricing;
import jakarta.persistence.Embeddable;

/**
 * A line of a quote: a product with its price-book price as it was, the quantity and the
 * line's discount. Net price and total are computed once, here, by {@link Pricing}.
 */
@Embeddable
public class QuoteLine {

	private long productId;

	private String productCode;

	private String productName;

	private String unit;

	private BigDecimal quantity;

	private BigDecimal listPrice;

	private BigDecimal discountPercent;

	private BigDecimal netPrice;

	private BigDecimal lineTotal;

	protected QuoteLine() {
		this.productCode = "";
		this.productName = "";
		this.unit = "";
		this.quantity = BigDecimal.ZERO;
		this.listPrice = BigDecimal.ZERO;
		this.discountPercent = BigDecimal.ZERO;
		this.netPrice = BigDecimal.ZERO;
		this.lineTotal = BigDecimal.ZERO;
	}

	public QuoteLine(long productId, String productCode, String productName, String unit, BigDecimal quantity,
			BigDecimal listPrice, BigDecimal discountPercent) {
		this.productId = productId;
		this.productCode = productCode;
		this.productName = productName;
		this.unit = unit;
		this.quantity = quantity;
		this.listPrice = listPrice;
		this.discountPercent = discountPercent;
		this.netPrice = Pricing.net(listPrice, discountPercent);
		this.lineTotal = Pricing.lineTotal(quantity, netPrice);
	}

	public long productId() {
		return productId;
	}

	public String productCode() {
		return productCode;
	}

	public String productName() {
		return productName;
	}

	public String unit() {
		return unit;
	}

	public BigDecimal quantity() {
		return quantity;
	}

	public BigDecimal listPrice() {
		return listPrice;
	}

	public BigDecimal discountPercent() {
		return discountPercent;
	}

	public BigDecimal netPrice() {
		return netPrice;
	}

	public BigDecimal lineTotal() {
		return lineTotal;
	}

	/** Quantity × list price: what the line would cost without its discount. */
	public BigDecimal listTotal() {
		return Pricing.lineTotal(quantity, listPrice);
	}

}
