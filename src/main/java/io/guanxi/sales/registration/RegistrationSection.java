package io.guanxi.sales.registration;

import io.guanxi.sales.OpportunitySection;
import io.guanxi.sales.OpportunityView;
import org.springframework.stereotype.Component;

/**
 * The registration on the opportunity page: its status, conflicts, and Register, Approve
 * and Reject where the user may.
 */
@Component
class RegistrationSection implements OpportunitySection {

	static final String TEMPLATE = "sales/registration/section";

	private final DealRegistrations registrations;

	RegistrationSection(DealRegistrations registrations) {
		this.registrations = registrations;
	}

	@Override
	public String template() {
		return TEMPLATE;
	}

	@Override
	public boolean side() {
		return true;
	}

	/** Near the top of the side column: who may chase the deal comes first. */
	@Override
	public int order() {
		return 10;
	}

	@Override
	public RegistrationView load(OpportunityView deal) {
		return registrations.of(deal.id());
	}

}
