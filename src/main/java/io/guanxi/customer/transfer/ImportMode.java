package io.guanxi.customer.transfer;

/** What happens to the good rows of a file that also has bad ones. */
enum ImportMode {

	/** One bad row and nothing is imported. */
	ALL_OR_NOTHING,
	/** The good rows are imported, the bad ones reported. */
	VALID_ROWS_ONLY

}
