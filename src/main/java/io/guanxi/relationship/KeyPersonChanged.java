package io.guanxi.relationship;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A key person (decision maker, economic buyer, champion) at an account joined, left or
 * changed role, title or department; published in the transaction that records the
 * change. This module's alerts tell the account's owner (joins left out).
 * <p>
 * The hook for the owners of open opportunities at the account, who are to be told too:
 * the sales module, once it exists, listens to this event itself (an
 * {@code @ApplicationModuleListener} that looks up the open opportunities of
 * {@code accountId}); nothing here needs to change for it.
 *
 * @param newAccountId the account the person moved to, when recorded
 * @param newCompanyName the company the person moved to, when recorded without an account
 */
public record KeyPersonChanged(long changeId, long accountId, long contactId, ChangeKind kind,
		@Nullable BuyingRole previousRole, @Nullable BuyingRole newRole, @Nullable String previousTitle,
		@Nullable String newTitle, LocalDate effectiveOn, @Nullable Long newAccountId, @Nullable String newCompanyName,
		long recordedBy) {
}
