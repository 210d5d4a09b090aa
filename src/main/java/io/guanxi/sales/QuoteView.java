package io.guanxi.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A quote with its lines and totals, as the caller sees it; {@code version} is its ETag.
 *
 * @param accountName null when the caller may read the quote but not its account (a
 * manager approving a report's quote on someone else's account)
 * @param listTotal the lines at list prices
 * @param subtotal the lines after their discounts
 * @param total after the quote's discount as well
 * @param maxDiscount the largest discount of a line or of the whole against list prices
 * @param approvalThreshold discounts above this need a manager's approval
 * @param orderId the order made from it, once there is one
 * @param mayChange whether the caller may edit, submit, send and reopen it
 * @param mayApprove whether the caller may approve or reject it (a manager above its
 * owner, never the owner)
 */
public record QuoteView(long id, String number, long accountId, @Nullable String accountName,
		@Nullable Long opportunityId, long ownerId, String ownerName, String title, long priceBookId,
		String priceBookName, String currency, LocalDate validUntil, QuoteStatus status, BigDecimal discountPercent,
		BigDecimal listTotal, BigDecimal subtotal, BigDecimal total, BigDecimal maxDiscount,
		BigDecimal approvalThreshold, boolean needsApproval, @Nullable String note, @Nullable Instant submittedAt,
		@Nullable Long decidedById, @Nullable String decidedByName, @Nullable Instant decidedAt,
		@Nullable String decisionNote, @Nullable Instant sentAt, @Nullable Long orderId, @Nullable String orderNumber,
		List<QuoteLineView> lines, Instant createdAt, Instant updatedAt, boolean mayChange, boolean mayApprove,
		long version) {

	public QuoteView {
		lines = List.copyOf(lines);
	}

	public boolean editable() {
		return status == QuoteStatus.DRAFT;
	}

}
