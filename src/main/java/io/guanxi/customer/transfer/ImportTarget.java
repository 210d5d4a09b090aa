package io.guanxi.customer.transfer;

import java.util.List;

/**
 * What the rows of a file become. The import engine (reading, mapping, preview, chunks,
 * duplicates, one transaction, progress, cancel, error report) is the same for every
 * target; a target brings its fields and a {@link TargetRun} that validates and writes
 * its rows. Accounts are the first target; contacts are a second bean like
 * {@link AccountImportTarget}.
 */
interface ImportTarget {

	/** The name stored with the job, e.g. {@code ACCOUNT}. */
	String name();

	List<ImportField> fields();

	/** Starts reading rows for one job (or one preview). */
	TargetRun<?> open(ImportContext context);

}
