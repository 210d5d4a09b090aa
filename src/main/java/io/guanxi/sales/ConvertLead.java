package io.guanxi.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * How to convert a lead. An account and a contact are always the result: existing ones
 * named by id, or new ones made from the lead. Where the lead looks like existing records
 * (an account of the same name, a contact with the same e-mail or mobile), a new one is
 * made only when {@code createNew} says so, so that nobody makes a duplicate by accident.
 *
 * @param accountId an existing account to link the contact (and opportunity) to
 * @param contactId an existing contact to use instead of a new one
 * @param createNew make new records for whichever of the two is not named, even where
 * similar ones exist; empty means false
 * @param opportunity an opportunity to open on the account, or none
 */
public record ConvertLead(@Nullable Long accountId, @Nullable Long contactId, @Nullable Boolean createNew,
		@Nullable @Valid NewOpportunity opportunity) {

	/** Whether new records may be made next to similar ones (empty: no). */
	public boolean createsNew() {
		return Boolean.TRUE.equals(createNew);
	}

	/**
	 * The opportunity to open.
	 *
	 * @param currency ISO 4217; empty means CNY
	 */
	public record NewOpportunity(@NotBlank @Size(max = 200) String name,
			@Nullable @DecimalMin("0") @Digits(integer = 17, fraction = 2) BigDecimal amount,
			@Nullable @Pattern(regexp = "[A-Z]{3}") String currency, @Nullable LocalDate closeDate) {
	}

}
