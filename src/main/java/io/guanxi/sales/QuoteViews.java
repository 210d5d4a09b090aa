package io.guanxi.sales;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import io.guanxi.platform.UserDirectory;
import io.guanxi.sales.catalog.PriceBook;
import io.guanxi.sales.catalog.PriceBookRepository;
import io.guanxi.sales.order.OrderRepository;
import io.guanxi.sales.order.SalesOrder;
import io.guanxi.sales.quote.Quote;
import io.guanxi.sales.quote.QuoteLine;
import org.springframework.stereotype.Component;

/** Quotes as the caller sees them: names, totals, what they may do. */
@Component
class QuoteViews {

	private final SalesAccess access;

	private final DiscountApproval approval;

	private final UserDirectory users;

	private final PriceBookRepository books;

	private final OrderRepository orders;

	QuoteViews(SalesAccess access, DiscountApproval approval, UserDirectory users, PriceBookRepository books,
			OrderRepository orders) {
		this.orders = orders;
		this.access = access;
		this.approval = approval;
		this.users = users;
		this.books = books;
	}

	QuoteView view(Quote quote) {
		Map<Long, String> names = users.displayNames(
				Stream.of(quote.ownerId(), quote.decidedBy()).filter(Objects::nonNull).map(Long::longValue).toList());
		List<QuoteLineView> lines = new ArrayList<>();
		List<QuoteLine> quoteLines = quote.lines();
		for (int index = 0; index < quoteLines.size(); index++) {
			QuoteLine line = quoteLines.get(index);
			lines.add(new QuoteLineView(index, line.productId(), line.productCode(), line.productName(), line.unit(),
					line.quantity(), line.listPrice(), line.discountPercent(), line.netPrice(), line.lineTotal(),
					approval.needed(line.discountPercent())));
		}
		String book = books.findById(quote.priceBookId()).map(PriceBook::name).orElse("?");
		Long decidedBy = quote.decidedBy();
		boolean mayChange = access.mayChange(quote.accountId(), quote.opportunityId(), quote.ownerId());
		Optional<SalesOrder> order = quote.status() == QuoteStatus.ACCEPTED ? orders.findByQuoteId(quote.id())
				: Optional.empty();
		return new QuoteView(quote.id(), quote.number(), quote.accountId(), access.accountName(quote.accountId()),
				quote.opportunityId(), quote.ownerId(), names.getOrDefault(quote.ownerId(), "?"), quote.title(),
				quote.priceBookId(), book, quote.currency(), quote.validUntil(), quote.status(),
				quote.discountPercent(), quote.listTotal(), quote.subtotal(), quote.total(), quote.maxDiscount(),
				approval.threshold(), approval.needed(quote.maxDiscount()), quote.note(), quote.submittedAt(),
				decidedBy, decidedBy == null ? null : names.get(decidedBy), quote.decidedAt(), quote.decisionNote(),
				quote.sentAt(), order.map(SalesOrder::id).orElse(null), order.map(SalesOrder::number).orElse(null),
				lines, quote.createdAt(), quote.updatedAt(), mayChange, approval.mayApprove(quote.ownerId()),
				quote.version());
	}

	List<QuoteSummary> summaries(List<Quote> quotes) {
		Set<Long> owners = new HashSet<>();
		Set<Long> accounts = new HashSet<>();
		quotes.forEach(quote -> {
			owners.add(quote.ownerId());
			accounts.add(quote.accountId());
		});
		Map<Long, String> ownerNames = users.displayNames(owners);
		Map<Long, String> accountNames = access.accountNames(accounts);
		return quotes.stream()
			.map(quote -> new QuoteSummary(quote.id(), quote.number(), quote.title(), quote.accountId(),
					accountNames.get(quote.accountId()), quote.ownerId(), ownerNames.getOrDefault(quote.ownerId(), "?"),
					quote.status(), quote.currency(), quote.total(), quote.maxDiscount(), quote.validUntil(),
					quote.createdAt()))
			.toList();
	}

}
