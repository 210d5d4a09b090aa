package io.guanxi.sales.registration;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An opportunity's registration as its readers see it, with the open registrations it
 * conflicts with.
 *
 * @param status {@link RegistrationStatus#NONE} when the deal is not registered; an open
 * one whose time ran out shows as expired before the job marks it
 * @param protectedUntil until when it waits for a decision (pending) or protects the
 * owner's claim (approved)
 * @param canRegister whether the caller may register it now
 * @param canDecide whether the caller may approve or reject it now
 * @param version the registration's version (its ETag), 0 before the first registration
 */
public record RegistrationView(long opportunityId, String opportunityName, long accountId, String accountName,
		long ownerId, String ownerName, RegistrationStatus status, @Nullable String product,
		@Nullable String productLine, @Nullable String note, @Nullable String registeredBy,
		@Nullable Instant registeredAt, @Nullable Instant protectedUntil, @Nullable String decidedBy,
		@Nullable Instant decidedAt, @Nullable String decisionNote, List<RegistrationConflict> conflicts,
		boolean canRegister, boolean canDecide, long version) {

	public boolean protectedNow() {
		return status == RegistrationStatus.APPROVED;
	}

}
