package io.guanxi.sales;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import io.guanxi.customer.AccountService;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.sales.PurchaseHistory.Summary;
import io.guanxi.sales.catalog.PriceBook;
import io.guanxi.sales.contract.Contract;
import io.guanxi.sales.contract.ContractRepository;
import io.guanxi.sales.order.OrderLine;
import io.guanxi.sales.order.OrderRepository;
import io.guanxi.sales.order.PurchaseQueries;
import io.guanxi.sales.order.SalesOrder;
import io.guanxi.sales.quote.Quote;
import io.guanxi.sales.quote.QuoteRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders (订单): what accounts bought. Made by hand with lines priced from a price book (or
 * at another price), or from an accepted quote, whose lines, discount and total they take
 * over. Orders that are not cancelled make an account's purchase history
 * ({@link #purchaseHistory}, and {@link #purchaseSummaries} for many accounts). Access:
 * see {@link SalesAccess}.
 */
@Service
@Transactional
public class Orders {

	static final String RECORD_TYPE = "order";

	/** The purchase history shows this many of the latest orders. */
	static final int LATEST = 5;

	static final int OF_ACCOUNT = 50;

	private final OrderRepository orders;

	private final QuoteRepository quotes;

	private final ContractRepository contracts;

	private final OrderPricing pricing;

	private final SalesAccess access;

	private final OrderViews views;

	private final PurchaseQueries purchases;

	private final AccountService accounts;

	private final Opportunities opportunities;

	private final Clock clock;

	Orders(OrderRepository orders, QuoteRepository quotes, ContractRepository contracts, OrderPricing pricing,
			SalesAccess access, OrderViews views, PurchaseQueries purchases, AccountService accounts,
			Opportunities opportunities, Clock clock) {
		this.opportunities = opportunities;
		this.orders = orders;
		this.quotes = quotes;
		this.contracts = contracts;
		this.pricing = pricing;
		this.access = access;
		this.views = views;
		this.purchases = purchases;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** The orders of the caller and of everyone below them (all for administrators). */
	@Transactional(readOnly = true)
	public Page<OrderSummary> list(@Nullable OrderStatus status, Pageable pageable) {
		var scope = access.scope();
		Page<SalesOrder> page = orders.page(scope.unrestricted(), Quotes.ownerIds(scope.ownerIds()), status, pageable);
		return new PageImpl<>(views.summaries(page.getContent()), page.getPageable(), page.getTotalElements());
	}

	/** The newest orders of an account the caller may read. */
	@Transactional(readOnly = true)
	public List<OrderSummary> ofAccount(long accountId) {
		accounts.get(accountId);
		return views.summaries(orders.findByAccountIdOrderByOrderedOnDescIdDesc(accountId, Limit.of(OF_ACCOUNT)));
	}

	/** The newest orders of an opportunity the caller may read. */
	@Transactional(readOnly = true)
	public List<OrderSummary> ofOpportunity(long opportunityId) {
		opportunities.checkRead(opportunityId);
		return views
			.summaries(orders.findByOpportunityIdOrderByOrderedOnDescIdDesc(opportunityId, Limit.of(OF_ACCOUNT)));
	}

	@Transactional(readOnly = true)
	public OrderView get(long id) {
		return views.view(readable(id));
	}

	/**
	 * What an account the caller may read has bought: its orders that are not cancelled,
	 * totalled per currency, and its latest orders.
	 */
	@Transactional(readOnly = true)
	public PurchaseHistory purchaseHistory(long accountId) {
		accounts.get(accountId);
		Summary summary = purchases.summaries(List.of(accountId))
			.getOrDefault(accountId, new Summary(accountId, 0, List.of(), null, null));
		return new PurchaseHistory(accountId, summary.orderCount(), summary.totals(), summary.firstOrderedOn(),
				summary.lastOrderedOn(),
				views.summaries(orders.findByAccountIdOrderByOrderedOnDescIdDesc(accountId, Limit.of(LATEST))));
	}

	/**
	 * The purchase figures of many accounts at once (for analytics): those of
	 * {@code accountIds} that the caller may read and that have orders.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Summary> purchaseSummaries(Collection<Long> accountIds) {
		Set<Long> readable = access.accountNames(accountIds).keySet();
		return purchases.summaries(readable);
	}

	/** An open order on the account, owned by the caller. */
	public OrderView create(long accountId, SaveOrder command) {
		Long opportunityId = command.opportunityId();
		Long contractId = command.contractId();
		if (contractId != null) {
			Contract contract = contractOf(accountId, contractId);
			opportunityId = opportunityId != null ? opportunityId : contract.opportunityId();
		}
		access.checkCreate(accountId, opportunityId);
		PriceBook book = pricing.book(command.priceBookId());
		SalesOrder order = new SalesOrder(accountId, opportunityId, contractId, null, access.currentUserId(), book.id(),
				book.currency());
		orders.save(order);
		number(order);
		pricing.revise(order, command, Set.of());
		return flushed(order);
	}

	/**
	 * The order of an accepted quote, which the caller may change: its lines at their net
	 * prices, its discount, so the same total. A quote becomes one order at most; the
	 * order names a contract made from the quote, if there is one.
	 */
	public OrderView fromQuote(long quoteId) {
		Quote quote = quotes.findById(quoteId).orElseThrow(() -> new RecordNotFoundException("quote", quoteId));
		access.checkChange("quote", quoteId, quote.accountId(), quote.opportunityId(), quote.ownerId());
		if (quote.status() != QuoteStatus.ACCEPTED) {
			throw new BusinessRuleException("sales.order.error.quoteNotAccepted", quote.number());
		}
		orders.findByQuoteId(quoteId).ifPresent(existing -> {
			throw new BusinessRuleException("sales.order.error.quoteOrdered", quote.number(), existing.number());
		});
		Long contractId = contracts.findFirstByQuoteIdOrderByIdAsc(quoteId).map(Contract::id).orElse(null);
		SalesOrder order = new SalesOrder(quote.accountId(), quote.opportunityId(), contractId, quoteId,
				quote.ownerId(), quote.priceBookId(), quote.currency());
		orders.save(order);
		number(order);
		order.revise(LocalDate.now(clock), quote.discountPercent(), quote.note(),
				quote.lines()
					.stream()
					.map(line -> new OrderLine(line.productId(), line.productCode(), line.productName(), line.unit(),
							line.quantity(), line.netPrice()))
					.toList());
		return flushed(order);
	}

	/** Changes an open order's date, discount, note and lines (all of them). */
	public OrderView revise(long id, SaveOrder command, long expectedVersion) {
		SalesOrder order = changeable(id, expectedVersion);
		pricing.revise(order, command, order.lines().stream().map(OrderLine::productId).collect(Collectors.toSet()));
		return flushed(order);
	}

	public OrderView addLine(long id, SaveOrderLine line, long expectedVersion) {
		return changeLines(id, expectedVersion, lines -> {
			lines.add(line);
			return lines;
		});
	}

	public OrderView changeLine(long id, int index, SaveOrderLine line, long expectedVersion) {
		return changeLines(id, expectedVersion, lines -> {
			lines.set(checkedIndex(id, index, lines), line);
			return lines;
		});
	}

	public OrderView removeLine(long id, int index, long expectedVersion) {
		return changeLines(id, expectedVersion, lines -> {
			lines.remove(checkedIndex(id, index, lines));
			return lines;
		});
	}

	public OrderView fulfil(long id, long expectedVersion) {
		SalesOrder order = changeable(id, expectedVersion);
		order.fulfil();
		return flushed(order);
	}

	/** Cancels an open order: it no longer counts as bought. */
	public OrderView cancel(long id, long expectedVersion) {
		SalesOrder order = changeable(id, expectedVersion);
		order.cancel();
		return flushed(order);
	}

	private OrderView changeLines(long id, long expectedVersion, UnaryOperator<List<SaveOrderLine>> change) {
		SalesOrder order = readable(id);
		List<SaveOrderLine> lines = new ArrayList<>(order.lines()
			.stream()
			.map(line -> new SaveOrderLine(line.productId(), line.quantity(), line.unitPrice()))
			.toList());
		SaveOrder command = new SaveOrder(null, null, null, order.orderedOn(), order.discountPercent(), order.note(),
				change.apply(lines));
		return revise(id, command, expectedVersion);
	}

	private Contract contractOf(long accountId, long contractId) {
		Contract contract = contracts.findById(contractId)
			.orElseThrow(() -> new RecordNotFoundException("contract", contractId));
		access.checkRead("contract", contractId, contract.accountId(), contract.opportunityId(), contract.ownerId());
		if (contract.accountId() != accountId) {
			throw new BusinessRuleException("sales.order.error.otherAccountsContract", contract.number());
		}
		return contract;
	}

	private void number(SalesOrder order) {
		order.numbered("SO%d-%05d".formatted(LocalDate.now(clock).getYear(), order.id()));
	}

	private static int checkedIndex(long id, int index, List<?> lines) {
		if (index < 0 || index >= lines.size()) {
			throw new RecordNotFoundException("order " + id + " line", index);
		}
		return index;
	}

	private OrderView flushed(SalesOrder order) {
		orders.flush();
		return views.view(order);
	}

	private SalesOrder readable(long id) {
		SalesOrder order = orders.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
		access.checkRead(RECORD_TYPE, id, order.accountId(), order.opportunityId(), order.ownerId());
		return order;
	}

	private SalesOrder changeable(long id, long expectedVersion) {
		SalesOrder order = readable(id);
		access.checkChange(RECORD_TYPE, id, order.accountId(), order.opportunityId(), order.ownerId());
		if (order.version() != expectedVersion) {
			throw new StaleVersionException(RECORD_TYPE, id, expectedVersion, order.version());
		}
		return order;
	}

}
