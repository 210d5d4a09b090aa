package io.guanxi.sales.registration;

/** Why two registrations conflict (see {@link ProductSimilarity}). */
public enum ConflictReason {

	/** The same account and product line. */
	SAME_PRODUCT_LINE,
	/** The same account and a similar product. */
	SIMILAR_PRODUCT,
	/** Both name one of the customer's people. */
	SAME_CONTACT

}
