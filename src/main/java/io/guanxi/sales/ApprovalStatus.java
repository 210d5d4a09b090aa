package io.guanxi.sales;

/** Where a request for a manager's approval stands. */
public enum ApprovalStatus {

	PENDING, APPROVED, REJECTED

}
