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
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A contract's terms.
 *
 * @param opportunityId on create only: the opportunity it belongs to
 * @param quoteId on create only: the quote of the same account it was made from
 * @param number its own number (the customer's, say); left empty, one is given
 * @param endDate null: open-ended
 * @param signedOn when it was signed, if it was
 */
public record SaveContract(@Nullable Long opportunityId, @Nullable Long quoteId,
		@Nullable @Size(max = 40) @Pattern(regexp = "\\s*[\\p{L}\\p{N}._/#-]*\\s*",
				message = "{sales.contract.error.number}") String number,
		@NotBlank(message = "{sales.contract.error.titleRequired}") @Size(max = 200) String title,
		@NotNull(message = "{sales.contract.error.startRequired}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate startDate,
		@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
		@NotNull(message = "{sales.contract.error.valueRequired}") @DecimalMin(value = "0",
				message = "{sales.contract.error.value}") @Digits(integer = 17,
						fraction = 2) @Nullable BigDecimal value,
		@NotBlank @Pattern(regexp = "[A-Z]{3}", message = "{sales.error.currency}") String currency,
		@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
		@Nullable @Size(max = 2000) String note) {

	public static SaveContract of(ContractView contract) {
		return new SaveContract(contract.opportunityId(), contract.quoteId(), contract.number(), contract.title(),
				contract.startDate(), contract.endDate(), contract.value(), contract.currency(), contract.signedOn(),
				contract.note());
	}

}
