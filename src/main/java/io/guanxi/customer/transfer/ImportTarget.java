package io.guanxi.customer.transfer;

import java.util.List;

/**
 * What the rows of a file become. The import engine (reading, mapping, preview, chunks,
 * duplicates, one transaction, progress, cancel, error report, pages and API) is the same
 * for every target; a target brings its fields and a {@link TargetRun} that validates and
 * writes its rows: {@link AccountImportTarget}, {@link ContactImportTarget}.
 */
interface ImportTarget {

	/** The name stored with the job, e.g. {@code ACCOUNT}. */
	String name();

	/**
	 * The records in paths and message keys, e.g. {@code accounts}: the list is at
	 * {@code /accounts}, the import pages at {@code /accounts/import}, their texts are
	 * {@code customer.transfer.accounts.*}.
	 */
	String records();

	List<ImportField> fields();

	/**
	 * Groups of fields of which a mapping must give at least one a column, e.g. the name.
	 */
	List<List<String>> required();

	/** Starts reading rows for one job (or one preview). */
	TargetRun<?> open(ImportContext context);

}
