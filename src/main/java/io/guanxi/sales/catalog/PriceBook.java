package io.guanxi.sales.catalog;

import java.util.Objects;

import io.guanxi.platform.TrackedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A list of unit prices in one currency: the standard price book, or one for a segment, a
 * channel or a currency. Quotes take their list prices from one.
 */
@Entity
@Table(name = "sales_price_book")
public class PriceBook extends TrackedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_price_book_seq")
	@SequenceGenerator(name = "sales_price_book_seq", sequenceName = "sales_price_book_seq", allocationSize = 50)
	private @Nullable Long id;

	private String name;

	private String currency;

	private boolean standard;

	private @Nullable String description;

	private boolean active;

	protected PriceBook() {
		this.name = "";
		this.currency = "";
	}

	public PriceBook(String name, String currency) {
		this.name = name;
		this.currency = currency;
		this.active = true;
	}

	public void describe(String name, String currency, @Nullable String description, boolean active) {
		this.name = name;
		this.currency = currency;
		this.description = description;
		this.active = active;
	}

	/** Only one book is the standard one; the service takes the mark off the other. */
	public void markStandard(boolean standard) {
		this.standard = standard;
	}

	public long id() {
		return Objects.requireNonNull(id, "not saved yet");
	}

	public String name() {
		return name;
	}

	public String currency() {
		return currency;
	}

	public boolean standard() {
		return standard;
	}

	public @Nullable String description() {
		return description;
	}

	public boolean active() {
		return active;
	}

}
