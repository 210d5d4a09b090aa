package io.guanxi.sales;

/**
 * Where a contract stands: a draft is being agreed; signed, it is active; an active one
 * expires after its end date (a nightly job marks it) or is terminated early.
 */
public enum ContractStatus {

	DRAFT, ACTIVE, EXPIRED, TERMINATED;

	public String messageKey() {
		return "sales.contract.status." + name();
	}

	public String color() {
		return switch (this) {
			case DRAFT -> "secondary";
			case ACTIVE -> "success";
			case EXPIRED -> "light border text-body";
			case TERMINATED -> "danger";
		};
	}

}
