package io.guanxi.relationship;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A key person (decision maker, economic buyer, champion) at an account left or changed
 * role. Published after the change is recorded; the alerts of this module tell the
 * account's owner, and a sales module can tell the owners of open opportunities.
 *
 * @param newAccountId the account the person moved to, when recorded
 * @param newCompanyName the company the person moved to, when recorded without an account
 */
public record KeyPersonChanged(long changeId, long accountId, long contactId, ChangeKind kind,
		@Nullable BuyingRole previousRole, @Nullable BuyingRole newRole, @Nullable String previousTitle,
		@Nullable String newTitle, LocalDate effectiveOn, @Nullable Long newAccountId, @Nullable String newCompanyName,
		long recordedBy) {
}
