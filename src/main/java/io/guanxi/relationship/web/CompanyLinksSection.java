package io.guanxi.relationship.web;

import java.time.Clock;
import java.time.LocalDate;

import io.guanxi.customer.AccountService;
import io.guanxi.customer.ProfileSection;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.relationship.CompanyLinks;
import org.springframework.stereotype.Component;

/**
 * "Related companies" on an account's profile page, with links to its group and network.
 */
@Component
class CompanyLinksSection implements ProfileSection {

	static final String TEMPLATE = "relationship/links/section";

	private final CompanyLinks links;

	private final AccountService accounts;

	private final Clock clock;

	CompanyLinksSection(CompanyLinks links, AccountService accounts, Clock clock) {
		this.links = links;
		this.accounts = accounts;
		this.clock = clock;
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

	@Override
	public int order() {
		return 16;
	}

	@Override
	public RelatedCompanies load(long accountId) {
		return RelatedCompanies.of(accountId, mayChange(accountId), links.of(accountId), LocalDate.now(clock));
	}

	boolean mayChange(long accountId) {
		try {
			accounts.checkChange(accountId);
			return true;
		}
		catch (RecordNotFoundException ex) {
			return false;
		}
	}

}
