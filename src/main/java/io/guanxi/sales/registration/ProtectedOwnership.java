package io.guanxi.sales.registration;

import java.time.Clock;
import java.time.Instant;

import io.guanxi.platform.AccessService;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.CurrentUser;
import io.guanxi.sales.OpportunityReassigning;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * While an approved registration protects a deal, only a sales manager or admin whose
 * scope covers its owner gives it to another owner: the rep's claim cannot be taken by a
 * colleague, nor handed around to dodge a conflict.
 */
@Component
class ProtectedOwnership {

	private final DealRegistrationRepository registrations;

	private final AccessService access;

	private final Clock clock;

	ProtectedOwnership(DealRegistrationRepository registrations, AccessService access, Clock clock) {
		this.registrations = registrations;
		this.access = access;
		this.clock = clock;
	}

	@EventListener
	void on(OpportunityReassigning event) {
		Instant now = clock.instant();
		registrations.findByOpportunityId(event.opportunityId())
			.filter(registration -> registration.statusAt(now) == RegistrationStatus.APPROVED)
			.ifPresent(registration -> {
				CurrentUser user = access.currentUser();
				if (!Deciders.manager(user) || !access.scope().permits(event.fromOwnerId())) {
					throw new BusinessRuleException("sales.registration.error.reassignProtected",
							registration.protectedUntil().atZone(clock.getZone()).toLocalDate());
				}
			});
	}

}
