package io.guanxi.sales.registration;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.guanxi.customer.CustomerDirectory;
import io.guanxi.platform.AccessScope;
import io.guanxi.platform.CurrentUser;
import io.guanxi.platform.UserDirectory;
import io.guanxi.sales.OpportunityStatus;
import io.guanxi.sales.internal.Opportunity;
import io.guanxi.sales.internal.OpportunityAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Registrations as the caller sees them, with their conflicts and what the caller may do.
 */
@Component
class RegistrationViews {

	private final Conflicts conflicts;

	private final OpportunityAccess access;

	private final CustomerDirectory directory;

	private final UserDirectory users;

	RegistrationViews(Conflicts conflicts, OpportunityAccess access, CustomerDirectory directory, UserDirectory users) {
		this.conflicts = conflicts;
		this.access = access;
		this.directory = directory;
		this.users = users;
	}

	RegistrationView of(Opportunity opportunity, @Nullable DealRegistration registration, Instant now) {
		CurrentUser user = access.currentUser();
		AccessScope scope = access.scope();
		RegistrationStatus status = registration == null ? RegistrationStatus.NONE : registration.statusAt(now);
		Set<Long> userIds = new HashSet<>(Set.of(opportunity.ownerId()));
		if (registration != null) {
			userIds.add(registration.registeredBy());
			if (registration.decidedBy() != null) {
				userIds.add(registration.decidedBy());
			}
		}
		Map<Long, String> names = users.displayNames(userIds);
		// whoever reads the deal sees its account's name, as on the deal itself
		String accountName = directory.accountNames(List.of(opportunity.accountId()), AccessScope.everything(user.id()))
			.getOrDefault(opportunity.accountId(), "");
		List<RegistrationConflict> found = registration == null || !status.open() ? List.of()
				: conflicts.of(opportunity, registration.product(), registration.productLine(), now);
		boolean canRegister = !status.open() && opportunity.status() == OpportunityStatus.OPEN
				&& access.canChange(opportunity, scope);
		boolean canDecide = registration != null && Deciders.mayDecide(user, scope, opportunity, registration, now);
		if (registration == null) {
			return new RegistrationView(opportunity.id(), opportunity.name(), opportunity.accountId(), accountName,
					opportunity.ownerId(), names.getOrDefault(opportunity.ownerId(), ""), status, null,
					opportunity.productLine(), null, null, null, null, null, null, null, found, canRegister, false, 0);
		}
		return new RegistrationView(opportunity.id(), opportunity.name(), opportunity.accountId(), accountName,
				opportunity.ownerId(), names.getOrDefault(opportunity.ownerId(), ""), status, registration.product(),
				registration.productLine(), registration.note(), names.get(registration.registeredBy()),
				registration.registeredAt(), registration.protectedUntil(),
				registration.decidedBy() == null ? null : names.get(registration.decidedBy()), registration.decidedAt(),
				registration.decisionNote(), found, canRegister, canDecide, registration.version());
	}

}
