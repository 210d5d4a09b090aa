package io.guanxi.sales.quote;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.TrackedEntity;
import io.guanxi.sales.Pricing;
import io.guanxi.sales.QuoteStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A quote (报价) to an account: lines priced from one price book, a quote-level discount, a
 * validity date, and the way through approval to the customer's answer
 * ({@link QuoteStatus}). It guards its own steps; who may take them (the owner, a manager
 * above them) is the service's concern.
 */
@Entity
@Table(name = "sales_quote")
public class Quote extends TrackedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_quote_seq")
	@SequenceGenerator(name = "sales_quote_seq", sequenceName = "sales_quote_seq", allocationSize = 50)
	private @Nullable Long id;

	private String number;

	private long accountId;

	private @Nullable Long opportunityId;

	private long ownerId;

	private String title;

	private long priceBookId;

	private String currency;

	private LocalDate validUntil;

	@Enumerated(EnumType.STRING)
	private QuoteStatus status;

	private BigDecimal discountPercent;

	private BigDecimal subtotal;

	private BigDecimal total;

	private BigDecimal maxDiscount;

	private @Nullable String note;

	private @Nullable Instant submittedAt;

	private @Nullable Long decidedBy;

	private @Nullable Instant decidedAt;

	private @Nullable String decisionNote;

	private @Nullable Instant sentAt;

	@ElementCollection
	@CollectionTable(name = "sales_quote_line", joinColumns = @JoinColumn(name = "quote_id"))
	@OrderColumn(name = "line_no")
	private List<QuoteLine> lines = new ArrayList<>();

	protected Quote() {
		this.number = "";
		this.title = "";
		this.currency = "";
		this.validUntil = LocalDate.EPOCH;
		this.status = QuoteStatus.DRAFT;
		this.discountPercent = BigDecimal.ZERO;
		this.subtotal = BigDecimal.ZERO;
		this.total = BigDecimal.ZERO;
		this.maxDiscount = BigDecimal.ZERO;
	}

	public Quote(long accountId, @Nullable Long opportunityId, long ownerId, String title, long priceBookId,
			String currency, LocalDate validUntil) {
		this();
		this.accountId = accountId;
		this.opportunityId = opportunityId;
		this.ownerId = ownerId;
		this.title = title;
		this.priceBookId = priceBookId;
		this.currency = currency;
		this.validUntil = validUntil;
	}

	/** Gives the saved quote its number, made from its id. */
	public void numbered(String number) {
		this.number = number;
	}

	/** Changes the terms and replaces the lines of a draft; totals follow. */
	public void revise(String title, long priceBookId, String currency, LocalDate validUntil,
			BigDecimal discountPercent, @Nullable String note, List<QuoteLine> lines) {
		requireStatus(QuoteStatus.DRAFT, "sales.quote.error.notDraft");
		this.title = title;
		this.priceBookId = priceBookId;
		this.currency = currency;
		this.validUntil = validUntil;
		this.discountPercent = discountPercent;
		this.note = note;
		this.lines.clear();
		this.lines.addAll(lines);
		computeTotals();
	}

	/**
	 * Hands a complete draft in: straight to approved when no discount is above the
	 * threshold, otherwise to a manager.
	 */
	public void submit(boolean needsApproval, LocalDate today, Instant now) {
		requireStatus(QuoteStatus.DRAFT, "sales.quote.error.notDraft");
		if (lines.isEmpty()) {
			throw new BusinessRuleException("sales.quote.error.noLines");
		}
		requireValid(today);
		this.submittedAt = now;
		this.decidedBy = null;
		this.decidedAt = null;
		this.decisionNote = null;
		this.status = needsApproval ? QuoteStatus.PENDING_APPROVAL : QuoteStatus.APPROVED;
	}

	public void approve(long approverId, @Nullable String note, Instant now) {
		decide(QuoteStatus.APPROVED, approverId, note, now);
	}

	public void reject(long approverId, String reason, Instant now) {
		decide(QuoteStatus.REJECTED, approverId, reason, now);
	}

	private void decide(QuoteStatus outcome, long approverId, @Nullable String note, Instant now) {
		requireStatus(QuoteStatus.PENDING_APPROVAL, "sales.quote.error.notPending");
		this.status = outcome;
		this.decidedBy = approverId;
		this.decidedAt = now;
		this.decisionNote = note;
	}

	/** Marks an approved quote as sent to the customer (printed, mailed). */
	public void send(LocalDate today, Instant now) {
		requireStatus(QuoteStatus.APPROVED, "sales.quote.error.notApproved");
		requireValid(today);
		this.status = QuoteStatus.SENT;
		this.sentAt = now;
	}

	public void accept() {
		requireStatus(QuoteStatus.SENT, "sales.quote.error.notSent");
		this.status = QuoteStatus.ACCEPTED;
	}

	public void decline() {
		requireStatus(QuoteStatus.SENT, "sales.quote.error.notSent");
		this.status = QuoteStatus.DECLINED;
	}

	/** Back to a draft for changes; it has to be submitted (and approved) again. */
	public void reopen() {
		if (!status.reopenable()) {
			throw new BusinessRuleException("sales.quote.error.notReopenable");
		}
		this.status = QuoteStatus.DRAFT;
	}

	private void requireStatus(QuoteStatus expected, String messageKey) {
		if (status != expected) {
			throw new BusinessRuleException(messageKey, number);
		}
	}

	private void requireValid(LocalDate today) {
		if (validUntil.isBefore(today)) {
			throw new BusinessRuleException("sales.quote.error.expired", validUntil.toString());
		}
	}

	private void computeTotals() {
		this.subtotal = Pricing.sum(lines.stream().map(QuoteLine::lineTotal).toList());
		this.total = Pricing.afterDiscount(subtotal, discountPercent);
		BigDecimal overall = Pricing.discountPercent(listTotal(), total);
		this.maxDiscount = lines.stream().map(QuoteLine::discountPercent).reduce(overall, BigDecimal::max);
	}

	/** What the lines would cost at list prices. */
	public BigDecimal listTotal() {
		return Pricing.sum(lines.stream().map(QuoteLine::listTotal).toList());
	}

	public long id() {
		return Objects.requireNonNull(id, "not saved yet");
	}

	public String number() {
		return number;
	}

	public long accountId() {
		return accountId;
	}

	public @Nullable Long opportunityId() {
		return opportunityId;
	}

	public long ownerId() {
		return ownerId;
	}

	public String title() {
		return title;
	}

	public long priceBookId() {
		return priceBookId;
	}

	public String currency() {
		return currency;
	}

	public LocalDate validUntil() {
		return validUntil;
	}

	public QuoteStatus status() {
		return status;
	}

	public BigDecimal discountPercent() {
		return discountPercent;
	}

	public BigDecimal subtotal() {
		return subtotal;
	}

	public BigDecimal total() {
		return total;
	}

	/**
	 * The largest discount on the quote: of any line, or of the whole against list prices
	 * (two 10 % discounts make 19 %).
	 */
	public BigDecimal maxDiscount() {
		return maxDiscount;
	}

	public @Nullable String note() {
		return note;
	}

	public @Nullable Instant submittedAt() {
		return submittedAt;
	}

	public @Nullable Long decidedBy() {
		return decidedBy;
	}

	public @Nullable Instant decidedAt() {
		return decidedAt;
	}

	public @Nullable String decisionNote() {
		return decisionNote;
	}

	public @Nullable Instant sentAt() {
		return sentAt;
	}

	public List<QuoteLine> lines() {
		return List.copyOf(lines);
	}

}
