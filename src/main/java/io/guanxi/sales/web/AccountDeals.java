package io.guanxi.sales.web;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.guanxi.sales.OpportunityView;

/**
 * The opportunities section of an account's page: open deals by expected close date,
 * closed ones newest first, and the open amount in each currency.
 */
public record AccountDeals(long accountId, List<OpportunityView> open, List<OpportunityView> closed,
		Map<String, BigDecimal> openTotals) {

	static final int SHOWN_CLOSED = 10;

	public AccountDeals {
		open = List.copyOf(open);
		closed = List.copyOf(closed);
	}

	static AccountDeals of(long accountId, List<OpportunityView> deals) {
		List<OpportunityView> open = deals.stream()
			.filter(deal -> !deal.status().closed())
			.sorted(Comparator.comparing(OpportunityView::closeDate, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
		List<OpportunityView> closed = deals.stream()
			.filter(deal -> deal.status().closed())
			.sorted(Comparator.comparing(OpportunityView::closedAt, Comparator.nullsLast(Comparator.reverseOrder())))
			.limit(SHOWN_CLOSED)
			.toList();
		Map<String, BigDecimal> totals = new TreeMap<>();
		open.stream()
			.filter(deal -> deal.amount() != null)
			.forEach(deal -> totals.merge(deal.currency(), deal.amount(), BigDecimal::add));
		return new AccountDeals(accountId, open, closed, totals);
	}

	public boolean isEmpty() {
		return open.isEmpty() && closed.isEmpty();
	}

}
