package io.guanxi.sales;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A quote line: a product of the quote's price book (its price there is the list price),
 * how many, and the line's discount in percent.
 */
public record SaveQuoteLine(@NotNull(message = "{sales.quote.error.productRequired}") @Nullable Long productId,
		@NotNull(message = "{sales.error.quantity}") @DecimalMin(value = "0", inclusive = false,
				message = "{sales.error.quantity}") @Digits(integer = 10, fraction = 2) @Nullable BigDecimal quantity,
		@NotNull @DecimalMin(value = "0", message = "{sales.error.discount}") @DecimalMax(value = "100",
				message = "{sales.error.discount}") @Digits(integer = 3,
						fraction = 2) @Nullable BigDecimal discountPercent) {

	public static SaveQuoteLine blank() {
		return new SaveQuoteLine(null, BigDecimal.ONE, BigDecimal.ZERO);
	}

}
