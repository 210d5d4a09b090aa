package io.guanxi.sales;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.guanxi.platform.UserDirectory;
import io.guanxi.sales.contract.Contract;
import io.guanxi.sales.contract.ContractRepository;
import io.guanxi.sales.order.OrderLine;
import io.guanxi.sales.order.SalesOrder;
import io.guanxi.sales.quote.Quote;
import io.guanxi.sales.quote.QuoteRepository;
import org.springframework.stereotype.Component;

/** Orders as the caller sees them. */
@Component
class OrderViews {

	private final SalesAccess access;

	private final UserDirectory users;

	private final QuoteRepository quotes;

	private final ContractRepository contracts;

	OrderViews(SalesAccess access, UserDirectory users, QuoteRepository quotes, ContractRepository contracts) {
		this.access = access;
		this.users = users;
		this.quotes = quotes;
		this.contracts = contracts;
	}

	OrderView view(SalesOrder order) {
		List<OrderLineView> lines = new ArrayList<>();
		List<OrderLine> orderLines = order.lines();
		for (int index = 0; index < orderLines.size(); index++) {
			OrderLine line = orderLines.get(index);
			lines.add(new OrderLineView(index, line.productId(), line.productCode(), line.productName(), line.unit(),
					line.quantity(), line.unitPrice(), line.lineTotal()));
		}
		String quoteNumber = order.quoteId() == null ? null
				: quotes.findById(order.quoteId()).map(Quote::number).orElse(null);
		String contractNumber = order.contractId() == null ? null
				: contracts.findById(order.contractId()).map(Contract::number).orElse(null);
		String owner = users.displayNames(List.of(order.ownerId())).getOrDefault(order.ownerId(), "?");
		return new OrderView(order.id(), order.number(), order.accountId(), access.accountName(order.accountId()),
				order.opportunityId(), order.contractId(), contractNumber, order.quoteId(), quoteNumber,
				order.ownerId(), owner, order.priceBookId(), order.orderedOn(), order.status(), order.currency(),
				order.discountPercent(), order.subtotal(), order.total(), order.note(), lines,
				access.mayChange(order.accountId(), order.opportunityId(), order.ownerId()), order.createdAt(),
				order.version());
	}

	List<OrderSummary> summaries(List<SalesOrder> orders) {
		Set<Long> owners = new HashSet<>();
		Set<Long> accounts = new HashSet<>();
		orders.forEach(order -> {
			owners.add(order.ownerId());
			accounts.add(order.accountId());
		});
		Map<Long, String> ownerNames = users.displayNames(owners);
		Map<Long, String> accountNames = access.accountNames(accounts);
		return orders.stream()
			.map(order -> new OrderSummary(order.id(), order.number(), order.accountId(),
					accountNames.get(order.accountId()),
					Objects.requireNonNullElse(ownerNames.get(order.ownerId()), "?"), order.orderedOn(), order.status(),
					order.currency(), order.total()))
			.toList();
	}

}
