package io.guanxi.sales;

/**
 * Where an order stands: open (its lines may change), fulfilled (delivered), or cancelled
 * (it no longer counts in the purchase history).
 */
public enum OrderStatus {

	OPEN, FULFILLED, CANCELLED;

	public String messageKey() {
		return "sales.order.status." + name();
	}

	public String color() {
		return switch (this) {
			case OPEN -> "info";
			case FULFILLED -> "success";
			case CANCELLED -> "secondary";
		};
	}

}
