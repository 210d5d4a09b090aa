package io.guanxi.sales;

import java.util.List;

import io.guanxi.customer.AccountDeleting;
import io.guanxi.customer.AccountsMerged;
import io.guanxi.platform.BusinessRuleException;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps quotes, contracts and orders with their account: deleting an account that has any
 * is refused (they are the account's commercial history), and a merge moves them to the
 * surviving account. Both run in the customer module's transaction, before its delete.
 */
@Component
class SalesAccountReferences {

	private final JdbcClient jdbc;

	SalesAccountReferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(AccountDeleting event) {
		List<Long> ids = event.accountIds();
		long quotes = count("sales_quote", ids);
		long contracts = count("sales_contract", ids);
		long orders = count("sales_order", ids);
		if (quotes + contracts + orders > 0) {
			throw new BusinessRuleException("sales.account.error.documents", quotes, contracts, orders);
		}
	}

	@EventListener
	void on(AccountsMerged event) {
		for (String table : List.of("sales_quote", "sales_contract", "sales_order")) {
			jdbc.sql("update " + table + " set account_id = :survivor where account_id = :merged")
				.param("survivor", event.survivorId())
				.param("merged", event.mergedId())
				.update();
		}
	}

	private long count(String table, List<Long> ids) {
		return jdbc.sql("select count(*) from " + table + " where account_id in (:ids)")
			.param("ids", ids)
			.query(Long.class)
			.single();
	}

}
