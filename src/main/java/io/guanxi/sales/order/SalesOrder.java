package io.guanxi.sales.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.TrackedEntity;
import io.guanxi.sales.OrderStatus;
import io.guanxi.sales.Pricing;
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
 * An order (订单): what an account bought, line by line, on a day. Made by hand or from an
 * accepted quote (then it comes to the quote's total). Its lines change while it is open;
 * fulfilled or cancelled, it stays as it is. Orders that are not cancelled are the
 * account's purchase history.
 */
@Entity
@Table(name = "sales_order")
public class SalesOrder extends TrackedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_order_seq")
	@SequenceGenerator(name = "sales_order_seq", sequenceName = "sales_order_seq", allocationSize = 50)
	private @Nullable Long id;

	private String number;

	private long accountId;

	private @Nullable Long opportunityId;

	private @Nullable Long contractId;

	private @Nullable Long quoteId;

	private long ownerId;

	private @Nullable Long priceBookId;

	private LocalDate orderedOn;

	@Enumerated(EnumType.STRING)
	private OrderStatus status;

	private String currency;

	private BigDecimal discountPercent;

	private BigDecimal subtotal;

	private BigDecimal total;

	private @Nullable String note;

	@ElementCollection
	@CollectionTable(name = "sales_order_line", joinColumns = @JoinColumn(name = "order_id"))
	@OrderColumn(name = "line_no")
	private List<OrderLine> lines = new ArrayList<>();

	protected SalesOrder() {
		this.number = "";
		this.orderedOn = LocalDate.EPOCH;
		this.status = OrderStatus.OPEN;
		this.currency = "";
		this.discountPercent = BigDecimal.ZERO;
		this.subtotal = BigDecimal.ZERO;
		this.total = BigDecimal.ZERO;
	}

	public SalesOrder(long accountId, @Nullable Long opportunityId, @Nullable Long contractId, @Nullable Long quoteId,
			long ownerId, @Nullable Long priceBookId, String currency) {
		this();
		this.accountId = accountId;
		this.opportunityId = opportunityId;
		this.contractId = contractId;
		this.quoteId = quoteId;
		this.ownerId = ownerId;
		this.priceBookId = priceBookId;
		this.currency = currency;
	}

	public void numbered(String number) {
		this.number = number;
	}

	/** Changes an open order's date, discount, note and lines; totals follow. */
	public void revise(LocalDate orderedOn, BigDecimal discountPercent, @Nullable String note, List<OrderLine> lines) {
		requireOpen();
		this.orderedOn = orderedOn;
		this.discountPercent = discountPercent;
		this.note = note;
		this.lines.clear();
		this.lines.addAll(lines);
		this.subtotal = Pricing.sum(lines.stream().map(OrderLine::lineTotal).toList());
		this.total = Pricing.afterDiscount(subtotal, discountPercent);
	}

	/** The goods were delivered (the service rendered). */
	public void fulfil() {
		requireOpen();
		if (lines.isEmpty()) {
			throw new BusinessRuleException("sales.order.error.noLines");
		}
		this.status = OrderStatus.FULFILLED;
	}

	public void cancel() {
		requireOpen();
		this.status = OrderStatus.CANCELLED;
	}

	private void requireOpen() {
		if (status != OrderStatus.OPEN) {
			throw new BusinessRuleException("sales.order.error.notOpen", number);
		}
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

	public @Nullable Long contractId() {
		return contractId;
	}

	public @Nullable Long quoteId() {
		return quoteId;
	}

	public long ownerId() {
		return ownerId;
	}

	public @Nullable Long priceBookId() {
		return priceBookId;
	}

	public LocalDate orderedOn() {
		return orderedOn;
	}

	public OrderStatus status() {
		return status;
	}

	public String currency() {
		return currency;
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

	public @Nullable String note() {
		return note;
	}

	public List<OrderLine> lines() {
		return List.copyOf(lines);
	}

}
