package io.guanxi.sales.quote;

import java.util.List;

import io.guanxi.customer.AccountService;
import io.guanxi.customer.ProfileSection;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.sales.QuoteSummary;
import io.guanxi.sales.Quotes;
import org.springframework.stereotype.Component;

/**
 * "Quotes" on an account's profile page: the newest quotes and a button for a new one.
 */
@Component
class AccountQuotesSection implements ProfileSection {

	private final Quotes quotes;

	private final AccountService accounts;

	AccountQuotesSection(Quotes quotes, AccountService accounts) {
		this.quotes = quotes;
		this.accounts = accounts;
	}

	@Override
	public Subject subject() {
		return Subject.ACCOUNT;
	}

	@Override
	public String template() {
		return "sales/quotes/account-section";
	}

	@Override
	public Column column() {
		return Column.MAIN;
	}

	@Override
	public int order() {
		return 23;
	}

	@Override
	public Data load(long accountId) {
		return new Data(mayCreate(accountId), quotes.ofAccount(accountId));
	}

	/** Asked outside any transaction of ours, so a refusal costs nothing. */
	private boolean mayCreate(long accountId) {
		try {
			accounts.checkChange(accountId);
			return true;
		}
		catch (RecordNotFoundException ex) {
			return false;
		}
	}

	record Data(boolean mayCreate, List<QuoteSummary> quotes) {
	}

}
