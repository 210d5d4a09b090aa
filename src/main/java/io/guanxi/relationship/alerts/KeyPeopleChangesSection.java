package io.guanxi.relationship.alerts;

import java.time.Clock;
import java.time.LocalDate;

import io.guanxi.customer.ProfileSection;
import io.guanxi.relationship.OrgService;
import org.springframework.stereotype.Component;

/**
 * "Key people changes" on the account page: the key people who left or changed role in
 * the last twelve months, where those who left went, and their new company as a lead when
 * it is not an account yet.
 */
@Component
class KeyPeopleChangesSection implements ProfileSection {

	static final int MONTHS = 12;

	static final int LIMIT = 20;

	private final OrgService org;

	private final Clock clock;

	KeyPeopleChangesSection(OrgService org, Clock clock) {
		this.org = org;
		this.clock = clock;
	}

	@Override
	public Subject subject() {
		return Subject.ACCOUNT;
	}

	@Override
	public String template() {
		return "relationship/alerts/section";
	}

	@Override
	public Column column() {
		return Column.MAIN;
	}

	/** Above the contacts (10): what changed among the people matters first. */
	@Override
	public int order() {
		return 5;
	}

	@Override
	public Object load(long accountId) {
		return org.keyPersonChanges(accountId, LocalDate.now(clock).minusMonths(MONTHS), LIMIT);
	}

}
