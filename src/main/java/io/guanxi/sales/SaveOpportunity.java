package io.guanxi.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a user enters to open or change an opportunity.
 *
 * @param ownerId empty means the caller
 * @param processId empty means the process that applies to the product line and the
 * account's tier, else the default; ignored on change
 */
public record SaveOpportunity(@NotNull(message = "{sales.opportunity.error.accountRequired}") @Nullable Long accountId,
		@NotBlank(message = "{sales.opportunity.error.nameRequired}") @Size(max = 200) @Nullable String name,
		@DecimalMin(value = "0", message = "{sales.opportunity.error.amount}") @Digits(integer = 17, fraction = 2,
				message = "{sales.opportunity.error.amount}") @Nullable BigDecimal amount,
		@Pattern(regexp = "[A-Z]{3}", message = "{sales.opportunity.error.currency}") @Nullable String currency,
		@Nullable LocalDate closeDate, @Size(max = 500) @Nullable String nextStep,
		@Size(max = 100) @Nullable String productLine, @Size(max = 30) @Nullable String source,
		@Size(max = 4000) @Nullable String description, @Nullable Long ownerId, @Nullable Long processId) {

	public static final String DEFAULT_CURRENCY = "CNY";

	public String currencyOrDefault() {
		return currency == null || currency.isBlank() ? DEFAULT_CURRENCY : currency;
	}

}
