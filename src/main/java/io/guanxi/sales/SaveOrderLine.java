package io.guanxi.sales;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * An order line: a product, how many, and the unit price it is sold at (null: its price
 * in the order's price book).
 */
public record SaveOrderLine(@NotNull(message = "{sales.quote.error.productRequired}") @Nullable Long productId,
		@NotNull(message = "{sales.error.quantity}") @DecimalMin(value = "0", inclusive = false,
				message = "{sales.error.quantity}") @Digits(integer = 10, fraction = 2) @Nullable BigDecimal quantity,
		@Nullable @DecimalMin(value = "0", message = "{sales.priceBook.error.price}") @Digits(integer = 17,
				fraction = 2) BigDecimal unitPrice) {

	public static SaveOrderLine blank() {
		return new SaveOrderLine(null, BigDecimal.ONE, null);
	}

}
