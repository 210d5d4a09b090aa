package io.guanxi.relationship.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.guanxi.relationship.CompanyLinkView;
import io.guanxi.relationship.SaveCompanyLink;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The related-company form on an account's page: what the other company is to this one
 * ({@link LinkRelation#code()}), which company, and the link's terms.
 */
record CompanyLinkForm(@NotBlank(message = "{relationship.link.form.relationRequired}") @Nullable String relation,
		@NotNull(message = "{relationship.link.form.otherRequired}") @Nullable Long otherAccountId,
		@Nullable @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3,
				fraction = 2) BigDecimal sharePercent,
		@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
		@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
		@Nullable @Size(max = 500) String note) {

	static CompanyLinkForm blank() {
		return new CompanyLinkForm(null, null, null, null, null, null);
	}

	static CompanyLinkForm of(CompanyLinkView link, long accountId) {
		return new CompanyLinkForm(LinkRelation.of(link, accountId).code(),
				link.fromAccountId() == accountId ? link.toAccountId() : link.fromAccountId(), link.sharePercent(),
				link.validFrom(), link.validTo(), link.note());
	}

	/** The command, or null when the relation is not one the form offers. */
	@Nullable SaveCompanyLink toCommand(long accountId) {
		LinkRelation parsed = LinkRelation.parse(relation);
		if (parsed == null || otherAccountId == null) {
			return null;
		}
		long from = parsed.outgoing() ? accountId : otherAccountId;
		long to = parsed.outgoing() ? otherAccountId : accountId;
		return new SaveCompanyLink(from, to, parsed.kind(), sharePercent, validFrom, validTo, note);
	}

}
