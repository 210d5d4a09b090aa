package io.guanxi.customer.transfer;

/** Where an import job is. */
enum ImportStatus {

	/** Uploaded; the user is still mapping columns and choosing options. */
	DRAFT,
	/** Waiting for a worker. */
	QUEUED, RUNNING,
	/** Committed. */
	DONE,
	/** All or nothing, and some rows were bad: nothing was written. */
	REJECTED,
	/** An unexpected error: nothing was written. */
	FAILED,
	/** Cancelled by the user: nothing was written. */
	CANCELLED;

	boolean finished() {
		return this == DONE || this == REJECTED || this == FAILED || this == CANCELLED;
	}

	boolean active() {
		return this == QUEUED || this == RUNNING;
	}

}
