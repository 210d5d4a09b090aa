package io.guanxi.customer;

/** What can be wrong with a record's data, for the lists behind the quality page. */
public enum QualityProblem {

	/** A field of the completeness figures is empty. */
	MISSING,
	/** A phone is set but is not a valid number (no E.164 form). */
	INVALID_PHONE,
	/** An e-mail address is set but does not look like one. */
	INVALID_EMAIL,
	/**
	 * Not changed for over a year (accounts: and no interaction on the timeline in that
	 * year).
	 */
	STALE

}
