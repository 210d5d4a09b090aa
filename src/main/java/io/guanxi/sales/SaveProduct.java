package io.guanxi.sales;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A product's fields, for creating and for changing it.
 *
 * @param code unique in the catalogue (ignoring case): letters, digits, dots, dashes,
 * underscores and slashes
 * @param unit what one of it is: piece, licence, user/year…
 */
public record SaveProduct(
		@NotBlank(message = "{sales.product.error.codeRequired}") @Size(max = 40) @Pattern(
				regexp = "\\s*[\\p{L}\\p{N}._/-]+\\s*", message = "{sales.product.error.code}") String code,
		@NotBlank(message = "{sales.product.error.nameRequired}") @Size(max = 200) String name,
		@Nullable @Size(max = 100) String productLine,
		@NotBlank(message = "{sales.product.error.unitRequired}") @Size(max = 30) String unit,
		@Nullable @Size(max = 2000) String description, boolean active) {

	public static SaveProduct blank() {
		return new SaveProduct("", "", null, "", null, true);
	}

	public static SaveProduct of(ProductView product) {
		return new SaveProduct(product.code(), product.name(), product.productLine(), product.unit(),
				product.description(), product.active());
	}

}
