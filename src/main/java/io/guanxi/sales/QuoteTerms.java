package io.guanxi.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A quote's terms, apart from its lines.
 *
 * @param priceBookId where the list prices come from (null: the standard price book);
 * changing it reprices the lines
 * @param validUntil the last day the customer may accept it (null: in
 * {@value Quotes#DEFAULT_VALIDITY_DAYS} days)
 * @param discountPercent off the sum of the lines, 0 to 100 (null: none)
 */
public record QuoteTerms(@NotBlank(message = "{sales.quote.error.titleRequired}") @Size(max = 200) String title,
		@Nullable Long priceBookId, @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
		@Nullable @DecimalMin(value = "0", message = "{sales.error.discount}") @DecimalMax(value = "100",
				message = "{sales.error.discount}") @Digits(integer = 3, fraction = 2) BigDecimal discountPercent,
		@Nullable @Size(max = 2000) String note) {

	public static QuoteTerms of(QuoteView quote) {
		return new QuoteTerms(quote.title(), quote.priceBookId(), quote.validUntil(), quote.discountPercent(),
				quote.note());
	}

}
