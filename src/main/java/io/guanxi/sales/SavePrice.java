package io.guanxi.sales;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** A product's unit price in a price book. */
public record SavePrice(@NotNull(message = "{sales.priceBook.error.productRequired}") @Nullable Long productId,
		@NotNull(message = "{sales.priceBook.error.priceRequired}") @DecimalMin("0") @Digits(integer = 17,
				fraction = 2) @Nullable BigDecimal unitPrice) {

	public static SavePrice blank() {
		return new SavePrice(null, null);
	}

}
