package io.guanxi.sales.order;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.guanxi.sales.SaveOrder;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The order form: on a new order its price book and contract too; the lines are added on
 * the order's page.
 */
record OrderForm(@Nullable Long contractId, @Nullable Long priceBookId,
		@NotNull(message = "{sales.order.error.orderedOnRequired}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate orderedOn,
		@Nullable @DecimalMin(value = "0", message = "{sales.error.discount}") @DecimalMax(value = "100",
				message = "{sales.error.discount}") @Digits(integer = 3, fraction = 2) BigDecimal discountPercent,
		@Nullable @Size(max = 2000) String note) {

	SaveOrder toCommand() {
		return new SaveOrder(null, contractId, priceBookId, orderedOn, discountPercent, note, null);
	}

}
