package io.guanxi.sales.order;

import java.math.BigDecimal;

import io.guanxi.sales.Pricing;
import jakarta.persistence.Embeddable;

/** A line of an order: a product as it was, how many, at what unit price. */
@Embeddable
public class OrderLine {

	private long productId;

	private String productCode;

	private String productName;

	private String unit;

	private BigDecimal quantity;

	private BigDecimal unitPrice;

	private BigDecimal lineTotal;

	protected OrderLine() {
		this.productCode = "";
		this.productName = "";
		this.unit = "";
		this.quantity = BigDecimal.ZERO;
		this.unitPrice = BigDecimal.ZERO;
		this.lineTotal = BigDecimal.ZERO;
	}

	public OrderLine(long productId, String productCode, String productName, String unit, BigDecimal quantity,
			BigDecimal unitPrice) {
		this.productId = productId;
		this.productCode = productCode;
		this.productName = productName;
		this.unit = unit;
		this.quantity = quantity;
		this.unitPrice = Pricing.cents(unitPrice);
		this.lineTotal = Pricing.lineTotal(quantity, this.unitPrice);
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

	public BigDecimal unitPrice() {
		return unitPrice;
	}

	public BigDecimal lineTotal() {
		return lineTotal;
	}

}
