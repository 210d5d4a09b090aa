package io.guanxi.sales.order;

import io.guanxi.customer.AccountService;
import io.guanxi.customer.ProfileSection;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.sales.Orders;
import io.guanxi.sales.PurchaseHistory;
import org.springframework.stereotype.Component;

/**
 * "Purchase history" on an account's profile page: total bought per currency, how many
 * orders and when the last one was, and the latest orders.
 */
@Component
class PurchaseHistorySection implements ProfileSection {

	private final Orders orders;

	private final AccountService accounts;

	PurchaseHistorySection(Orders orders, AccountService accounts) {
		this.orders = orders;
		this.accounts = accounts;
	}

	@Override
	public Subject subject() {
		return Subject.ACCOUNT;
	}

	@Override
	public String template() {
		return "sales/orders/account-section";
	}

	@Override
	public Column column() {
		return Column.MAIN;
	}

	/** After the quotes (23) and contracts (24) that lead to the orders. */
	@Override
	public int order() {
		return 25;
	}

	@Override
	public Data load(long accountId) {
		return new Data(mayCreate(accountId), orders.purchaseHistory(accountId));
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

	record Data(boolean mayCreate, PurchaseHistory history) {
	}

}
