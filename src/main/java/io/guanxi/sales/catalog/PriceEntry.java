package io.guanxi.sales.catalog;

import java.math.BigDecimal;
import java.util.Objects;

import io.guanxi.platform.TrackedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A product's unit price in a price book (in the book's currency). */
@Entity
@Table(name = "sales_price_entry")
public class PriceEntry extends TrackedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_price_entry_seq")
	@SequenceGenerator(name = "sales_price_entry_seq", sequenceName = "sales_price_entry_seq", allocationSize = 50)
	private @Nullable Long id;

	private long priceBookId;

	private long productId;

	private BigDecimal unitPrice;

	protected PriceEntry() {
		this.unitPrice = BigDecimal.ZERO;
	}

	public PriceEntry(long priceBookId, long productId, BigDecimal unitPrice) {
		this.priceBookId = priceBookId;
		this.productId = productId;
		this.unitPrice = unitPrice;
	}

	public void reprice(BigDecimal unitPrice) {
		this.unitPrice = unitPrice;
	}

	public long id() {
		return Objects.requireNonNull(id, "not saved yet");
	}

	public long priceBookId() {
		return priceBookId;
	}

	public long productId() {
		return productId;
	}

	public BigDecimal unitPrice() {
		return unitPrice;
	}

}
