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
 * Something we sell, under a code that is unique in the catalogue. An inactive product
 * stays on the documents that have it but cannot be put on new ones.
 */
@Entity
@Table(name = "sales_product")
public class Product extends TrackedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_product_seq")
	@SequenceGenerator(name = "sales_product_seq", sequenceName = "sales_product_seq", allocationSize = 50)
	private @Nullable Long id;

	private String code;

	private String name;

	private @Nullable String productLine;

	private String unit;

	private @Nullable String description;

	private boolean active;

	protected Product() {
		this.code = "";
		this.name = "";
		this.unit = "";
	}

	public Product(String code, String name, String unit) {
		this.code = code;
		this.name = name;
		this.unit = unit;
		this.active = true;
	}

	public void describe(String code, String name, @Nullable String productLine, String unit,
			@Nullable String description, boolean active) {
		this.code = code;
		this.name = name;
		this.productLine = productLine;
		this.unit = unit;
		this.description = description;
		this.active = active;
	}

	public long id() {
		return Objects.requireNonNull(id, "not saved yet");
	}

	public String code() {
		return code;
	}

	public String name() {
		return name;
	}

	public @Nullable String productLine() {
		return productLine;
	}

	public String unit() {
		return unit;
	}

	public @Nullable String description() {
		return description;
	}

	public boolean active() {
		return active;
	}

}
