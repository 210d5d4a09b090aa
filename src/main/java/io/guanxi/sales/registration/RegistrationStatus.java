package io.guanxi.sales.registration;

/**
 * Where an opportunity's registration (商机报备) stands. PENDING and APPROVED ones are open
 * until their protection ends; then the expiry job marks them EXPIRED.
 */
public enum RegistrationStatus {

	/** Not registered. */
	NONE,
	/** Waiting for a manager's decision. */
	PENDING,
	/** Approved: the owner's claim to the deal is protected for a while. */
	APPROVED, REJECTED,
	/** The protection (or the wait for a decision) ran out. */
	EXPIRED;

	public boolean open() {
		return this == PENDING || this == APPROVED;
	}

}
