package io.guanxi.sales.quote;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.guanxi.sales.QuoteTerms;
import io.guanxi.sales.SaveQuoteLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A quote as the API takes it: its terms and all its lines (a PUT replaces them).
 *
 * @param opportunityId on create only: the opportunity it belongs to
 * @param priceBookId null: the standard price book
 * @param validUntil null: 30 days from today
 */
record QuoteBody(@Nullable Long opportunityId, @NotBlank @Size(max = 200) String title, @Nullable Long priceBookId,
		@Nullable LocalDate validUntil,
		@Nullable @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal discountPercent,
		@Nullable @Size(max = 2000) String note, @Nullable @Size(max = 200) List<@Valid SaveQuoteLine> lines) {

	QuoteTerms terms() {
		return new QuoteTerms(title, priceBookId, validUntil, discountPercent, note);
	}

	List<SaveQuoteLine> lineList() {
		return lines == null ? List.of() : lines;
	}

}
