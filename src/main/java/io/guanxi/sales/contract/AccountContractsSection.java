package io.guanxi.sales.contract;

import java.util.List;

import io.guanxi.customer.AccountService;
import io.guanxi.customer.ProfileSection;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.sales.ContractView;
import io.guanxi.sales.Contracts;
import org.springframework.stereotype.Component;

/** "Contracts" on an account's profile page. */
@Component
class AccountContractsSection implements ProfileSection {

	private final Contracts contracts;

	private final AccountService accounts;

	AccountContractsSection(Contracts contracts, AccountService accounts) {
		this.contracts = contracts;
		this.accounts = accounts;
	}

	@Override
	public Subject subject() {
		return Subject.ACCOUNT;
	}

	@Override
	public String template() {
		return "sales/contracts/account-section";
	}

	@Override
	public Column column() {
		return Column.MAIN;
	}

	@Override
	public int order() {
		return 24;
	}

	@Override
	public Data load(long accountId) {
		return new Data(mayCreate(accountId), contracts.ofAccount(accountId));
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

	record Data(boolean mayCreate, List<ContractView> contracts) {
	}

}
