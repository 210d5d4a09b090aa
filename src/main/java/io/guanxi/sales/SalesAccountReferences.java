package io.guanxi.sales;

import java.util.List;

import io.guanxi.customer.AccountDeleting;
import io.guanxi.customer.AccountsMerged;
import io.guanxi.customer.ContactDeleting;
import io.guanxi.customer.ContactsMerged;
import io.guanxi.platform.BusinessRuleException;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps opportunities, quotes, contracts and orders with their account, and the people on
 * deals with their deals: deleting an account or contact that has any is refused (they
 * are the customer's commercial history), and a merge moves them to the survivor. Both
 * run in the customer module's transaction, before its delete.
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
		long deals = count("sales_opportunity", ids);
		if (deals > 0) {
			throw new BusinessRuleException("sales.account.error.opportunities", deals);
		}
		if (quotes + contracts + orders > 0) {
			throw new BusinessRuleException("sales.account.error.documents", quotes, contracts, orders);
		}
	}

	@EventListener
	void on(AccountsMerged event) {
		for (String table : List.of("sales_opportunity", "sales_quote", "sales_contract", "sales_order")) {
			jdbc.sql("update " + table + " set account_id = :survivor where account_id = :merged")
				.param("survivor", event.survivorId())
				.param("merged", event.mergedId())
				.update();
		}
	}

	@EventListener
	void on(ContactDeleting event) {
		long deals = jdbc
			.sql("select count(distinct opportunity_id) from sales_opportunity_contact where contact_id in (:ids)")
			.param("ids", event.contactIds())
			.query(Long.class)
			.single();
		if (deals > 0) {
			throw new BusinessRuleException("sales.contact.error.opportunities", deals);
		}
	}

	/**
	 * The survivor takes the merged contact's place on each deal, keeping its own role
	 * where it has one.
	 */
	@EventListener
	void on(ContactsMerged event) {
		jdbc.sql("""
				delete from sales_opportunity_contact where contact_id = :merged and opportunity_id in
				    (select opportunity_id from sales_opportunity_contact where contact_id = :survivor)
				""").param("survivor", event.survivorId()).param("merged", event.mergedId()).update();
		jdbc.sql("update sales_opportunity_contact set contact_id = :survivor where contact_id = :merged")
			.param("survivor", event.survivorId())
			.param("merged", event.mergedId())
			.update();
	}

	private long count(String table, List<Long> ids) {
		return jdbc.sql("select count(*) from " + table + " where account_id in (:ids)")
			.param("ids", ids)
			.query(Long.class)
			.single();
	}

}
