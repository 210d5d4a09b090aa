package io.guanxi.customer.transfer;

/** What a row that matches an existing record does. */
enum DuplicatePolicy {

	/** Leaves the existing record alone and drops the row. */
	SKIP,
	/** Writes the row's non-empty cells into the existing record. */
	UPDATE,
	/** Creates a new record anyway. */
	CREATE

}
