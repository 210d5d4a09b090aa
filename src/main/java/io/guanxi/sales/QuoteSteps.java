package io.guanxi.sales;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import io.guanxi.platform.AccessDeniedProblem;
import io.guanxi.platform.AccessScope;
import io.guanxi.sales.quote.Quote;
import io.guanxi.sales.quote.QuoteRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A quote's way from draft to the customer's answer, with the discount gate
 * ({@link DiscountApproval}): submitting a quote whose discount is above the threshold
 * sends it to a manager, who approves or rejects it; below the threshold submitting
 * approves it. Only an approved quote is sent. Each step takes the version the caller
 * last saw.
 */
@Service
@Transactional
public class QuoteSteps {

	private final Quotes quotes;

	private final QuoteRepository repository;

	private final DiscountApproval approval;

	private final QuoteViews views;

	private final SalesAccess access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	QuoteSteps(Quotes quotes, QuoteRepository repository, DiscountApproval approval, QuoteViews views,
			SalesAccess access, ApplicationEventPublisher events, Clock clock) {
		this.quotes = quotes;
		this.repository = repository;
		this.approval = approval;
		this.views = views;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The quotes waiting for the caller's approval: those of the people below them (of
	 * anyone, for administrators), never their own. Empty for a caller who approves
	 * nothing.
	 */
	@Transactional(readOnly = true)
	public Page<QuoteSummary> awaitingMyApproval(Pageable pageable) {
		long me = access.currentUserId();
		AccessScope scope = access.scope();
		if (!approval.mayApproveAnything()) {
			return Page.empty(pageable);
		}
		Page<Quote> page = repository.awaiting(scope.unrestricted(), Quotes.ownerIds(scope.ownerIds()), me, pageable);
		return new PageImpl<>(views.summaries(page.getContent()), page.getPageable(), page.getTotalElements());
	}

	/**
	 * Hands a draft in: approved at once when no discount is above the threshold,
	 * otherwise waiting for a manager, who is told.
	 */
	public QuoteView submit(long id, long expectedVersion) {
		Quote quote = quotes.changeable(id, expectedVersion);
		boolean needsApproval = approval.needed(quote.maxDiscount());
		Instant now = now();
		quote.submit(needsApproval, today(), now);
		events.publishEvent(new QuoteSubmitted(id, quote.ownerId(), needsApproval, now));
		return flushed(quote);
	}

	/**
	 * A manager above the owner approves a quote that waits for it.
	 * @throws AccessDeniedProblem for anyone else, the owner included
	 */
	public QuoteView approve(long id, @Nullable String note, long expectedVersion) {
		Quote quote = decidable(id, expectedVersion);
		Instant now = now();
		quote.approve(access.currentUserId(), blankToNull(note), now);
		events.publishEvent(new QuoteDecided(id, quote.ownerId(), access.currentUserId(), true, now));
		return flushed(quote);
	}

	/** As {@link #approve}, but sends the quote back to its owner with the reason. */
	public QuoteView reject(long id, String reason, long expectedVersion) {
		Quote quote = decidable(id, expectedVersion);
		Instant now = now();
		quote.reject(access.currentUserId(), reason.strip(), now);
		events.publishEvent(new QuoteDecided(id, quote.ownerId(), access.currentUserId(), false, now));
		return flushed(quote);
	}

	/** Marks an approved quote as sent to the customer. */
	public QuoteView send(long id, long expectedVersion) {
		Quote quote = quotes.changeable(id, expectedVersion);
		quote.send(today(), now());
		return flushed(quote);
	}

	public QuoteView accept(long id, long expectedVersion) {
		Quote quote = quotes.changeable(id, expectedVersion);
		quote.accept();
		return flushed(quote);
	}

	public QuoteView decline(long id, long expectedVersion) {
		Quote quote = quotes.changeable(id, expectedVersion);
		quote.decline();
		return flushed(quote);
	}

	/** Makes a quote that is not accepted a draft again, to change and submit anew. */
	public QuoteView reopen(long id, long expectedVersion) {
		Quote quote = quotes.changeable(id, expectedVersion);
		quote.reopen();
		return flushed(quote);
	}

	private Quote decidable(long id, long expectedVersion) {
		Quote quote = quotes.readable(id);
		if (!approval.mayApprove(quote.ownerId())) {
			throw new AccessDeniedProblem("Only a sales director or administrator above the quote's owner, "
					+ "not the owner, may approve or reject it");
		}
		return quotes.changeable(id, expectedVersion);
	}

	private QuoteView flushed(Quote quote) {
		repository.flush();
		return views.view(quote);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	/** Microseconds: what both databases keep, so a read-back instant is equal. */
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return Products.blankToNull(value);
	}

}
