package io.guanxi.sales.ui;

import java.util.List;

import io.guanxi.sales.ContractView;
import io.guanxi.sales.Contracts;
import io.guanxi.sales.OpportunitySection;
import io.guanxi.sales.OpportunityView;
import io.guanxi.sales.OrderSummary;
import io.guanxi.sales.Orders;
import io.guanxi.sales.QuoteSummary;
import io.guanxi.sales.Quotes;
import org.springframework.stereotype.Component;

/** The quotes, contracts and orders of an opportunity, on its page. */
@Component
class DealSalesSection implements OpportunitySection {

	private final Quotes quotes;

	private final Contracts contracts;

	private final Orders orders;

	DealSalesSection(Quotes quotes, Contracts contracts, Orders orders) {
		this.quotes = quotes;
		this.contracts = contracts;
		this.orders = orders;
	}

	@Override
	public String template() {
		return "sales/quotes/deal-section";
	}

	@Override
	public boolean side() {
		return false;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public Data load(OpportunityView deal) {
		return new Data(quotes.ofOpportunity(deal.id()), contracts.ofOpportunity(deal.id()),
				orders.ofOpportunity(deal.id()));
	}

	record Data(List<QuoteSummary> quotes, List<ContractView> contracts, List<OrderSummary> orders) {

		public boolean empty() {
			return quotes.isEmpty() && contracts.isEmpty() && orders.isEmpty();
		}

	}

}
