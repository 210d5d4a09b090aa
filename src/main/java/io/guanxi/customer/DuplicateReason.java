package io.guanxi.customer;

/** Why two records look like the same customer or person. */
public enum DuplicateReason {

	/** The same number in E.164 form (for contacts: any of mobile and office phone). */
	PHONE,
	/** The same e-mail address, ignoring case. */
	EMAIL,
	/** A similar name at the same city (accounts) or the same company (contacts). */
	NAME

}
