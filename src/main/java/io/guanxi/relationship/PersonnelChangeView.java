package io.guanxi.relationship;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A recorded personnel change with the positions before and after it. */
public record PersonnelChangeView(long id, long contactId, String name, long accountId, String accountName,
		ChangeKind kind, LocalDate effectiveOn, @Nullable OrgPerson before, @Nullable OrgPerson after,
		@Nullable Long newAccountId, @Nullable String newAccountName, @Nullable String newCompanyName,
		boolean keyPerson, @Nullable String note, Instant recordedAt) {
}
