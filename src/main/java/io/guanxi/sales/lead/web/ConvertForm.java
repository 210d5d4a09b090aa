package io.guanxi.sales.lead.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.guanxi.sales.ConversionCandidates;
import io.guanxi.sales.ConvertLead;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The conversion page: which account and contact ({@value #NEW} or an existing one's id)
 * and whether to open an opportunity.
 */
record ConvertForm(@Nullable String account, @Nullable String contact, @Nullable Boolean createOpportunity,
		@Nullable @Size(max = 200) String opportunityName,
		@Nullable @DecimalMin("0") @Digits(integer = 17, fraction = 2) BigDecimal amount,
		@Nullable @Pattern(regexp = "[A-Z]{3}", message = "{sales.lead.convert.error.currency}") String currency,
		@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closeDate) {

	static final String NEW = "new";

	/**
	 * The likely choice: the account of the same name and the first matching contact, or
	 * new ones when there are none; similar names are left for the user to decide.
	 */
	static ConvertForm suggested(ConversionCandidates candidates, String opportunityName) {
		String account = candidates.accounts().isEmpty() ? NEW
				: candidates.accounts()
					.stream()
					.filter(ConversionCandidates.AccountCandidate::sameName)
					.findFirst()
					.map(candidate -> String.valueOf(candidate.id()))
					.orElse(null);
		String contact = candidates.contacts().isEmpty() ? NEW : String.valueOf(candidates.contacts().get(0).id());
		return new ConvertForm(account, contact, true, opportunityName, null, "CNY", null);
	}

	/** The command; null when a side is not chosen or names no number. */
	@Nullable ConvertLead toCommand() {
		if (account == null || contact == null) {
			return null;
		}
		Long accountId = idOf(account);
		Long contactId = idOf(contact);
		if ((accountId == null && !NEW.equals(account)) || (contactId == null && !NEW.equals(contact))) {
			return null;
		}
		ConvertLead.NewOpportunity opportunity = opens() && opportunityName != null
				? new ConvertLead.NewOpportunity(opportunityName, amount, currency, closeDate) : null;
		return new ConvertLead(accountId, contactId, NEW.equals(account) || NEW.equals(contact), opportunity);
	}

	/** Whether to open an opportunity (an unticked box sends nothing). */
	boolean opens() {
		return Boolean.TRUE.equals(createOpportunity);
	}

	private static @Nullable Long idOf(String choice) {
		try {
			return Long.valueOf(choice);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
