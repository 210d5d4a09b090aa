package io.guanxi.relationship.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.guanxi.relationship.CompanyLinkKind;
import io.guanxi.relationship.SaveCompanyLink;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A company link as the API takes it: "from is the … of to". On create under an account,
 * name the other account as {@code fromAccountId} or {@code toAccountId}; the side left
 * out is the account itself. On update the two accounts stay and may be left out.
 */
record CompanyLinkBody(@Nullable Long fromAccountId, @Nullable Long toAccountId, @NotNull CompanyLinkKind kind,
		@Nullable @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3,
				fraction = 2) BigDecimal sharePercent,
		@Nullable LocalDate validFrom, @Nullable LocalDate validTo, @Nullable @Size(max = 500) String note) {

	SaveCompanyLink at(long accountId) {
		Long from = fromAccountId == null && toAccountId != null ? Long.valueOf(accountId) : fromAccountId;
		Long to = toAccountId == null && fromAccountId != null ? Long.valueOf(accountId) : toAccountId;
		if (from == null || to == null || (from != accountId && to != accountId)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Name the other account as fromAccountId or toAccountId; the link must involve account "
							+ accountId);
		}
		return between(from, to);
	}

	SaveCompanyLink between(long from, long to) {
		return new SaveCompanyLink(from, to, kind, sharePercent, validFrom, validTo, note);
	}

}
