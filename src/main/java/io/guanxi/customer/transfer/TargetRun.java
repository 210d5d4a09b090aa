package io.guanxi.customer.transfer;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One job's work on its target, chunk by chunk, inside the job's one transaction.
 *
 * @param <R> a validated row, ready to be written
 */
interface TargetRun<R> {

	/**
	 * Called with each chunk's rows before they are read, so that what they refer to
	 * (e.g. accounts by name) is looked up in one query rather than one per row.
	 */
	default void prepare(List<RowValues> rows) {
	}

	/**
	 * Converts and validates a row with the same rules as the target's form and API; null
	 * when it is not valid, with the reasons added to {@code errors}.
	 */
	@Nullable R read(RowValues row, List<RowError> errors);

	/**
	 * The keys under which the row is a duplicate of another record (e.g. its phone in
	 * E.164), strongest first.
	 */
	List<String> duplicateKeys(R row);

	/**
	 * Existing records that the importer may see, by the duplicate keys they match. Rows
	 * this job has written already count, since they are in the same transaction.
	 */
	Map<String, Long> existing(Collection<String> keys);

	void create(List<R> rows);

	/** Writes the non-empty fields of each row into the record with the given id. */
	void update(Map<Long, R> rows);

	/** After the last chunk, before the commit (e.g. to publish one event). */
	void finish(ImportCounts counts);

}
