package io.guanxi.sales.web;

import io.guanxi.customer.ProfileSection;
import io.guanxi.sales.Opportunities;
import org.springframework.stereotype.Component;

/** "Opportunities" on an account's profile page: its open and closed deals. */
@Component
class AccountOpportunitiesSection implements ProfileSection {

	static final String TEMPLATE = "sales/deal/account-section";

	private final Opportunities opportunities;

	AccountOpportunitiesSection(Opportunities opportunities) {
		this.opportunities = opportunities;
	}

	@Override
	public Subject subject() {
		return Subject.ACCOUNT;
	}

	@Override
	public String template() {
		return TEMPLATE;
	}

	@Override
	public Column column() {
		return Column.MAIN;
	}

	/**
	 * Right after the key-people changes, before the contacts: deals are what reps act
	 * on.
	 */
	@Override
	public int order() {
		return 8;
	}

	@Override
	public AccountDeals load(long accountId) {
		return AccountDeals.of(accountId, opportunities.forAccount(accountId));
	}

}
