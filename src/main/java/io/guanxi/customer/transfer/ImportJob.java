package io.guanxi.customer.transfer;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * An import as stored in {@code customer_import_job}.
 *
 * @param mapping the target field of each column ("" for an ignored column), empty until
 * the user confirmed the mapping
 */
record ImportJob(long id, String target, ImportStatus status, String fileName, FileFormat format, long fileSize,
		@Nullable String encoding, List<String> headers, List<String> mapping, ImportMode mode,
		DuplicatePolicy duplicates, Locale locale, long createdBy, int totalRows, int processedRows, int created,
		int updated, int skipped, int errors, boolean cancelRequested, @Nullable String failure, Instant createdAt,
		@Nullable Instant startedAt, @Nullable Instant finishedAt, Instant updatedAt) {

	/** How far the worker is, 0 to 100. */
	public int percent() {
		if (status.finished()) {
			return 100;
		}
		return totalRows == 0 ? 0 : (int) Math.min(100, processedRows * 100L / totalRows);
	}

	public boolean finished() {
		return status.finished();
	}

	public boolean active() {
		return status.active();
	}

	/** Seconds from start to end, or so far. */
	public double seconds() {
		if (startedAt == null) {
			return 0;
		}
		Instant end = finishedAt == null ? updatedAt : finishedAt;
		return Math.max(0, end.toEpochMilli() - startedAt.toEpochMilli()) / 1000.0;
	}

}
