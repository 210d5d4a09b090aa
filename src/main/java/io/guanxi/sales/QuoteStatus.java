package io.guanxi.sales;

/**
 * Where a quote stands. A draft is edited and submitted; above the discount threshold it
 * waits for a manager's approval, below it is approved at once. Only an approved quote is
 * sent, and only a sent one is accepted or declined. Reopening a quote that is not
 * accepted makes it a draft again, to be approved anew.
 */
public enum QuoteStatus {

	DRAFT, PENDING_APPROVAL, APPROVED, REJECTED, SENT, ACCEPTED, DECLINED;

	public String messageKey() {
		return "sales.quote.status." + name();
	}

	/** Bootstrap colour of the status badge. */
	public String color() {
		return switch (this) {
			case DRAFT -> "secondary";
			case PENDING_APPROVAL -> "warning";
			case APPROVED, SENT -> "info";
			case ACCEPTED -> "success";
			case REJECTED, DECLINED -> "danger";
		};
	}

	public boolean reopenable() {
		return this != DRAFT && this != ACCEPTED;
	}

}
