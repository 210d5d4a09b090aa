package io.guanxi.sales.registration;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Another open registration that claims a deal like this one. Its owner, product and
 * status show to whoever sees this registration, since telling them is what registration
 * is for; the other deal's and account's names only to those who may read them.
 *
 * @param protecting whether it is approved for another owner and so blocks this one
 */
public record RegistrationConflict(long opportunityId, @Nullable String opportunityName, @Nullable String accountName,
		long ownerId, String ownerName, RegistrationStatus status, @Nullable String product,
		@Nullable String productLine, Instant protectedUntil, Set<ConflictReason> reasons, boolean protecting) {

	public RegistrationConflict {
		reasons = Set.copyOf(reasons);
	}

}
