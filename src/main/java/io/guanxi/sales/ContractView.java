package io.guanxi.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A contract as the caller sees it; {@code version} is its ETag.
 *
 * @param accountName null when the caller may read the contract but not its account
 * @param quoteNumber the number of the quote it was made from, if any
 * @param mayChange whether the caller may edit, activate, terminate or delete it
 */
public record ContractView(long id, String number, long accountId, @Nullable String accountName,
		@Nullable Long opportunityId, @Nullable Long quoteId, @Nullable String quoteNumber, long ownerId,
		String ownerName, String title, LocalDate startDate, @Nullable LocalDate endDate, BigDecimal value,
		String currency, ContractStatus status, @Nullable LocalDate signedOn, @Nullable LocalDate terminatedOn,
		@Nullable String note, boolean mayChange, Instant createdAt, long version) {
}
