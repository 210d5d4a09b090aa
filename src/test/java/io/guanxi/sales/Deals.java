package io.guanxi.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.SaveAccount;

/**
 * Accounts and opportunities with unique names for the sales tests, opened as a user.
 */
public final class Deals {

	private final TestUsers users;

	private final AccountService accounts;

	private final Opportunities opportunities;

	private final String unique = UUID.randomUUID().toString().substring(0, 8);

	public Deals(TestUsers users, AccountService accounts, Opportunities opportunities) {
		this.users = users;
		this.accounts = accounts;
		this.opportunities = opportunities;
	}

	public String unique() {
		return unique;
	}

	/** The name with this test's unique suffix. */
	public String named(String name) {
		return name + " " + unique;
	}

	public long account(TestUser owner, String name) {
		return users.as(owner, () -> accounts.create(new SaveAccount(named(name), null)).id());
	}

	/** An opportunity of the default process at a new account, both the owner's. */
	public OpportunityView open(TestUser owner, String name) {
		return open(owner, account(owner, name), name);
	}

	public OpportunityView open(TestUser owner, long accountId, String name) {
		return users.as(owner, () -> opportunities.create(new SaveOpportunity(accountId, named(name),
				new BigDecimal("100000"), "CNY", LocalDate.now().plusMonths(2), null, null, null, null, null, null)));
	}

	public OpportunityView put(TestUser manager, long opportunityId, TestUser member, TeamRole role, boolean canEdit) {
		return users.as(manager, () -> {
			OpportunityView deal = opportunities.get(opportunityId);
			return opportunities.putMember(opportunityId, member.id(), role, canEdit, deal.version());
		});
	}

}
