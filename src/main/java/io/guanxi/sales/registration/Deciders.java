package io.guanxi.sales.registration;

import java.time.Instant;

import io.guanxi.platform.AccessScope;
import io.guanxi.platform.CurrentUser;
import io.guanxi.platform.Role;
import io.guanxi.sales.internal.Opportunity;

/**
 * Who decides a registration: a sales manager or admin whose scope covers the owner,
 * never on a registration they made or a deal they own.
 */
final class Deciders {

	private Deciders() {
	}

	static boolean manager(CurrentUser user) {
		return user.role() == Role.SALES_MANAGER || user.role() == Role.ADMIN;
	}

	static boolean mayDecide(CurrentUser user, AccessScope scope, Opportunity opportunity,
			DealRegistration registration, Instant now) {
		return registration.statusAt(now) == RegistrationStatus.PENDING && manager(user)
				&& user.id() != registration.registeredBy() && user.id() != opportunity.ownerId()
				&& scope.permits(opportunity.ownerId());
	}

}
