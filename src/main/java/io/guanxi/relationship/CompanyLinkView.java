package io.guanxi.relationship;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

public record CompanyLinkView(long id, long fromAccountId, String fromAccountName, long toAccountId,
		String toAccountName, CompanyLinkKind kind, @Nullable BigDecimal sharePercent, @Nullable LocalDate validFrom,
		@Nullable LocalDate validTo, @Nullable String note, long version) {

	/** Whether the link holds on {@code day} (no dates: always). */
	public boolean validOn(LocalDate day) {
		return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || validTo.isAfter(day));
	}

}
