package io.guanxi.sales;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import io.guanxi.customer.AccountService;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.sales.catalog.PriceBook;
import io.guanxi.sales.quote.LinePricer;
import io.guanxi.sales.quote.Quote;
import io.guanxi.sales.quote.QuoteLine;
import io.guanxi.sales.quote.QuoteRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quotes (报价): drafting them on an account from a price book, and reading them. A draft
 * follows its price book: its lines are repriced whenever it changes; once submitted its
 * prices stay. The steps from submission to the customer's answer are in
 * {@link QuoteSteps}. Access: see {@link SalesAccess}.
 */
@Service
@Transactional
public class Quotes {

	static final String RECORD_TYPE = "quote";

	static final int DEFAULT_VALIDITY_DAYS = 30;

	/** The account page lists this many of the newest quotes. */
	static final int OF_ACCOUNT = 20;

	private final QuoteRepository quotes;

	private final LinePricer pricer;

	private final PriceBooks priceBooks;

	private final SalesAccess access;

	private final QuoteViews views;

	private final AccountService accounts;

	private final Opportunities opportunities;

	private final JdbcClient jdbc;

	private final Clock clock;

	Quotes(QuoteRepository quotes, LinePricer pricer, PriceBooks priceBooks, SalesAccess access, QuoteViews views,
			AccountService accounts, Opportunities opportunities, JdbcClient jdbc, Clock clock) {
		this.opportunities = opportunities;
		this.quotes = quotes;
		this.pricer = pricer;
		this.priceBooks = priceBooks;
		this.access = access;
		this.views = views;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The quotes of the caller and of everyone below them (all for administrators),
	 * newest first unless {@code pageable} sorts otherwise; {@code status} null for all.
	 */
	@Transactional(readOnly = true)
	public Page<QuoteSummary> list(@Nullable QuoteStatus status, Pageable pageable) {
		var scope = access.scope();
		Page<Quote> page = quotes.page(scope.unrestricted(), ownerIds(scope.ownerIds()), status, pageable);
		return new PageImpl<>(views.summaries(page.getContent()), page.getPageable(), page.getTotalElements());
	}

	/** The newest quotes on an account the caller may read. */
	@Transactional(readOnly = true)
	public List<QuoteSummary> ofAccount(long accountId) {
		accounts.get(accountId);
		return views.summaries(quotes.findByAccountIdOrderByCreatedAtDescIdDesc(accountId, Limit.of(OF_ACCOUNT)));
	}

	/** The newest quotes of an opportunity the caller may read. */
	@Transactional(readOnly = true)
	public List<QuoteSummary> ofOpportunity(long opportunityId) {
		opportunities.checkRead(opportunityId);
		return views
			.summaries(quotes.findByOpportunityIdOrderByCreatedAtDescIdDesc(opportunityId, Limit.of(OF_ACCOUNT)));
	}

	@Transactional(readOnly = true)
	public QuoteView get(long id) {
		return views.view(readable(id));
	}

	/**
	 * A draft quote on the account (which the caller must be allowed to change),
	 * optionally for one of its opportunities, owned by the caller.
	 */
	public QuoteView create(long accountId, @Nullable Long opportunityId, QuoteTerms terms, List<SaveQuoteLine> lines) {
		access.checkCreate(accountId, opportunityId);
		PriceBook book = book(terms.priceBookId(), true);
		LocalDate validUntil = validUntil(terms);
		if (validUntil.isBefore(LocalDate.now(clock))) {
			throw new BusinessRuleException("sales.quote.error.validUntilPast");
		}
		Quote quote = new Quote(accountId, opportunityId, access.currentUserId(), terms.title().strip(), book.id(),
				book.currency(), validUntil);
		quotes.save(quote);
		quote.numbered("Q%d-%05d".formatted(LocalDate.now(clock).getYear(), quote.id()));
		revise(quote, terms, book, pricer.price(book, lines, Set.of()));
		quotes.flush();
		return views.view(quote);
	}

	/**
	 * Replaces the terms and the lines of a draft the caller last saw at
	 * {@code expectedVersion}.
	 */
	public QuoteView revise(long id, QuoteTerms terms, List<SaveQuoteLine> lines, long expectedVersion) {
		Quote quote = changeable(id, expectedVersion);
		PriceBook book = book(terms.priceBookId(), !Objects.equals(terms.priceBookId(), quote.priceBookId()));
		revise(quote, terms, book, pricer.price(book, lines, productsOn(quote)));
		return flushed(quote);
	}

	/**
	 * Changes the terms of a draft and keeps its lines (repriced from its price book).
	 */
	public QuoteView reviseTerms(long id, QuoteTerms terms, long expectedVersion) {
		return revise(id, terms, lines(readable(id)), expectedVersion);
	}

	public QuoteView addLine(long id, SaveQuoteLine line, long expectedVersion) {
		return changeLines(id, expectedVersion, lines -> {
			lines.add(line);
			return lines;
		});
	}

	public QuoteView changeLine(long id, int index, SaveQuoteLine line, long expectedVersion) {
		return changeLines(id, expectedVersion, lines -> {
			lines.set(checkedIndex(id, index, lines), line);
			return lines;
		});
	}

	public QuoteView removeLine(long id, int index, long expectedVersion) {
		return changeLines(id, expectedVersion, lines -> {
			lines.remove(checkedIndex(id, index, lines));
			return lines;
		});
	}

	/** Deletes a draft that no contract names. */
	public void delete(long id, long expectedVersion) {
		Quote quote = changeable(id, expectedVersion);
		if (quote.status() != QuoteStatus.DRAFT) {
			throw new BusinessRuleException("sales.quote.error.deleteNotDraft", quote.number());
		}
		if (jdbc.sql("select count(*) from sales_contract where quote_id = :id")
			.param("id", id)
			.query(Long.class)
			.single() > 0) {
			throw new BusinessRuleException("sales.quote.error.inUse", quote.number());
		}
		quotes.delete(quote);
	}

	private QuoteView changeLines(long id, long expectedVersion, UnaryOperator<List<SaveQuoteLine>> change) {
		Quote quote = readable(id);
		QuoteTerms terms = new QuoteTerms(quote.title(), quote.priceBookId(), quote.validUntil(),
				quote.discountPercent(), quote.note());
		return revise(id, terms, change.apply(lines(quote)), expectedVersion);
	}

	private void revise(Quote quote, QuoteTerms terms, PriceBook book, List<QuoteLine> lines) {
		quote.revise(terms.title().strip(), book.id(), book.currency(), validUntil(terms),
				terms.discountPercent() == null ? BigDecimal.ZERO : terms.discountPercent(),
				Products.blankToNull(terms.note()), lines);
	}

	private PriceBook book(@Nullable Long priceBookId, boolean newToQuote) {
		long id = priceBookId != null ? priceBookId
				: priceBooks.standard()
					.map(PriceBookView::id)
					.orElseThrow(() -> new BusinessRuleException("sales.quote.error.noPriceBook"));
		return pricer.book(id, newToQuote);
	}

	private LocalDate validUntil(QuoteTerms terms) {
		return terms.validUntil() != null ? terms.validUntil() : LocalDate.now(clock).plusDays(DEFAULT_VALIDITY_DAYS);
	}

	private static List<SaveQuoteLine> lines(Quote quote) {
		return new ArrayList<>(quote.lines()
			.stream()
			.map(line -> new SaveQuoteLine(line.productId(), line.quantity(), line.discountPercent()))
			.toList());
	}

	private static Set<Long> productsOn(Quote quote) {
		return quote.lines().stream().map(QuoteLine::productId).collect(Collectors.toSet());
	}

	private static int checkedIndex(long id, int index, List<?> lines) {
		if (index < 0 || index >= lines.size()) {
			throw new RecordNotFoundException("quote " + id + " line", index);
		}
		return index;
	}

	private QuoteView flushed(Quote quote) {
		quotes.flush();
		return views.view(quote);
	}

	Quote readable(long id) {
		Quote quote = quotes.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
		access.checkRead(RECORD_TYPE, id, quote.accountId(), quote.opportunityId(), quote.ownerId());
		return quote;
	}

	Quote changeable(long id, long expectedVersion) {
		Quote quote = readable(id);
		access.checkChange(RECORD_TYPE, id, quote.accountId(), quote.opportunityId(), quote.ownerId());
		if (quote.version() != expectedVersion) {
			throw new StaleVersionException(RECORD_TYPE, id, expectedVersion, quote.version());
		}
		return quote;
	}

	/** An empty IN list is not valid SQL everywhere; no user has id -1. */
	static Set<Long> ownerIds(Set<Long> ids) {
		return ids.isEmpty() ? Set.of(-1L) : ids;
	}

}
