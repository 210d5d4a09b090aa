package io.guanxi.customer.transfer;

/**
 * How many rows an import has read, created, updated, skipped as duplicates and refused.
 */
record ImportCounts(int processed, int created, int updated, int skipped, int errors) {

	static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0);

	ImportCounts plus(ImportCounts other) {
		return new ImportCounts(processed + other.processed, created + other.created, updated + other.updated,
				skipped + other.skipped, errors + other.errors);
	}

	/**
	 * What stays when the transaction was rolled back: the rows read and the errors
	 * found.
	 */
	ImportCounts rolledBack() {
		return new ImportCounts(processed, 0, 0, 0, errors);
	}

}
