package io.guanxi.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An order as it is made or changed.
 *
 * @param opportunityId on create only
 * @param contractId on create only: a contract of the same account
 * @param priceBookId on create only: where line prices default from and the currency
 * (null: the standard price book)
 * @param orderedOn null: today
 * @param discountPercent off the sum of the lines (null: none)
 * @param lines null: none (on a change: all of them, replacing the old)
 */
public record SaveOrder(@Nullable Long opportunityId, @Nullable Long contractId, @Nullable Long priceBookId,
		@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate orderedOn,
		@Nullable @DecimalMin(value = "0", message = "{sales.error.discount}") @DecimalMax(value = "100",
				message = "{sales.error.discount}") @Digits(integer = 3, fraction = 2) BigDecimal discountPercent,
		@Nullable @Size(max = 2000) String note, @Nullable @Size(max = 200) List<@Valid SaveOrderLine> lines) {

	public List<SaveOrderLine> lineList() {
		return lines == null ? List.of() : lines;
	}

	public SaveOrder withLines(List<SaveOrderLine> replaced) {
		return new SaveOrder(opportunityId, contractId, priceBookId, orderedOn, discountPercent, note, replaced);
	}

}
