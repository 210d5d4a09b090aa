package io.guanxi.customer.transfer;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The import jobs, their files and their errors, in plain SQL: the worker reports
 * progress and errors in transactions of their own, next to the one long transaction that
 * writes the rows, and the cancel flag is a column so that any node can set it.
 */
@Repository
@Transactional(propagation = Propagation.REQUIRES_NEW)
class ImportJobs {

	private static final CSVFormat LINE = CSVFormat.DEFAULT.builder().setRecordSeparator("").get();

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final Clock clock;

	private final Database database;

	ImportJobs(JdbcClient jdbc, JdbcTemplate jdbcTemplate, Clock clock, Database database) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.clock = clock;
		this.database = database;
	}

	record NewJob(String target, String fileName, FileFormat format, @Nullable String encoding, List<String> headers,
			List<String> mapping, int totalRows, Locale locale, long createdBy, byte[] content) {
	}

	long create(NewJob job) {
		long id = database.next("customer_import_job_seq");
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("""
				insert into customer_import_job (id, target, status, file_name, file_format, file_size, encoding,
				    column_headers, column_mapping, import_mode, duplicate_policy, locale, created_by, total_rows,
				    created_at, updated_at)
				values (:id, :target, 'DRAFT', :fileName, :format, :size, :encoding, :headers, :mapping,
				    'VALID_ROWS_ONLY', 'SKIP', :locale, :createdBy, :total, :now, :now)
				""")
			.param("id", id)
			.param("target", job.target())
			.param("fileName", job.fileName())
			.param("format", job.format().name())
			.param("size", job.content().length)
			.param("encoding", job.encoding())
			.param("headers", line(job.headers()))
			.param("mapping", line(job.mapping()))
			.param("locale", job.locale().toLanguageTag())
			.param("createdBy", job.createdBy())
			.param("total", job.totalRows())
			.param("now", now)
			.update();
		jdbcTemplate.update("insert into customer_import_file (job_id, content) values (?, ?)", id, job.content());
		return id;
	}

	@Transactional(readOnly = true)
	Optional<ImportJob> find(long id) {
		return jdbc.sql("select * from customer_import_job where id = ?").param(id).query(ImportJobs::job).optional();
	}

	@Transactional(readOnly = true)
	List<ImportJob> recent(long createdBy, String target, int limit) {
		return jdbc
			.sql("select * from customer_import_job where created_by = ? and target = ? order by id desc limit ?")
			.params(createdBy, target, limit)
			.query(ImportJobs::job)
			.list();
	}

	@Transactional(readOnly = true)
	byte[] content(long id) {
		return jdbc.sql("select content from customer_import_file where job_id = ?")
			.param(id)
			.query((rs, row) -> rs.getBytes(1))
			.optional()
			.orElseThrow(() -> new IllegalStateException("The file of import " + id + " is gone"));
	}

	/**
	 * Saves the user's choices while the job is a draft; false when it is not anymore.
	 */
	boolean configure(long id, @Nullable String encoding, List<String> headers, List<String> mapping, ImportMode mode,
			DuplicatePolicy duplicates, int totalRows) {
		return jdbc
			.sql("""
					update customer_import_job set encoding = :encoding, column_headers = :headers, column_mapping = :mapping,
					    import_mode = :mode, duplicate_policy = :duplicates, total_rows = :total, updated_at = :now
					where id = :id and status = 'DRAFT'
					""")
			.param("encoding", encoding)
			.param("headers", line(headers))
			.param("mapping", line(mapping))
			.param("mode", mode.name())
			.param("duplicates", duplicates.name())
			.param("total", totalRows)
			.param("now", Timestamp.from(clock.instant()))
			.param("id", id)
			.update() == 1;
	}

	/** Draft to queued, once: a second click or a replayed request does nothing. */
	boolean queue(long id) {
		return moveStatus(id, ImportStatus.DRAFT, ImportStatus.QUEUED);
	}

	boolean start(long id) {
		Timestamp now = Timestamp.from(clock.instant());
		return jdbc.sql(
				"update customer_import_job set status = 'RUNNING', started_at = ?, updated_at = ? where id = ? and status = 'QUEUED'")
			.params(now, now, id)
			.update() == 1;
	}

	/**
	 * Records how far the worker got and the errors of the rows it just read; answers
	 * whether the user asked to cancel.
	 */
	boolean progress(long id, ImportCounts counts, List<RowError> errors) {
		saveErrors(id, errors);
		jdbc.sql("""
				update customer_import_job set processed_rows = :processed, created_count = :created,
				    updated_count = :updated, skipped_count = :skipped, error_count = :errors, updated_at = :now
				where id = :id
				""")
			.param("processed", counts.processed())
			.param("created", counts.created())
			.param("updated", counts.updated())
			.param("skipped", counts.skipped())
			.param("errors", counts.errors())
			.param("now", Timestamp.from(clock.instant()))
			.param("id", id)
			.update();
		return jdbc.sql("select cancel_requested from customer_import_job where id = ?")
			.param(id)
			.query(Boolean.class)
			.single();
	}

	void finish(long id, ImportStatus status, ImportCounts counts, @Nullable String failure) {
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("""
				update customer_import_job set status = :status, processed_rows = :processed, created_count = :created,
				    updated_count = :updated, skipped_count = :skipped, error_count = :errors, failure = :failure,
				    finished_at = :now, updated_at = :now
				where id = :id
				""")
			.param("status", status.name())
			.param("processed", counts.processed())
			.param("created", counts.created())
			.param("updated", counts.updated())
			.param("skipped", counts.skipped())
			.param("errors", counts.errors())
			.param("failure", failure == null ? null : abbreviate(failure, 1000))
			.param("now", now)
			.param("id", id)
			.update();
		jdbc.sql("delete from customer_import_file where job_id = ?").param(id).update();
	}

	/**
	 * A queued job is cancelled at once; a running one is flagged, and its worker rolls
	 * back at the next chunk. False when the job has already ended.
	 */
	boolean requestCancel(long id) {
		Timestamp now = Timestamp.from(clock.instant());
		if (jdbc
			.sql("""
					update customer_import_job set status = 'CANCELLED', cancel_requested = true, finished_at = ?, updated_at = ?
					where id = ? and status in ('DRAFT', 'QUEUED')
					""")
			.params(now, now, id)
			.update() == 1) {
			jdbc.sql("delete from customer_import_file where job_id = ?").param(id).update();
			return true;
		}
		return jdbc.sql("update customer_import_job set cancel_requested = true where id = ? and status = 'RUNNING'")
			.param(id)
			.update() == 1;
	}

	/**
	 * Jobs whose worker stopped reporting (the node died or restarted) end as failed;
	 * their transaction was rolled back with the connection.
	 */
	int failStale(Instant heartbeatBefore, Instant draftsBefore, String reason) {
		Timestamp now = Timestamp.from(clock.instant());
		int stale = jdbc
			.sql("""
					update customer_import_job set status = 'FAILED', failure = :reason, finished_at = :now, updated_at = :now
					where (status in ('QUEUED', 'RUNNING') and updated_at < :heartbeat) or (status = 'DRAFT' and updated_at < :drafts)
					""")
			.param("reason", reason)
			.param("now", now)
			.param("heartbeat", Timestamp.from(heartbeatBefore))
			.param("drafts", Timestamp.from(draftsBefore))
			.update();
		if (stale > 0) {
			jdbc.sql("""
					delete from customer_import_file where job_id in
					    (select id from customer_import_job where status in ('DONE', 'REJECTED', 'FAILED', 'CANCELLED'))
					""").update();
		}
		return stale;
	}

	@Transactional(readOnly = true)
	List<RowError> errors(long id, int limit) {
		return jdbc.sql("""
				select file_row, column_name, field, message from customer_import_error where job_id = ?
				order by file_row, position limit ?
				""").params(id, limit).query(ImportJobs::error).list();
	}

	@Transactional(readOnly = true)
	void forEachError(long id, Consumer<RowError> action) {
		jdbcTemplate.query(
				"select file_row, column_name, field, message from customer_import_error where job_id = ? order by file_row, position",
				(RowCallbackHandler) rs -> action.accept(error(rs, 0)), id);
	}

	private void saveErrors(long id, List<RowError> errors) {
		if (errors.isEmpty()) {
			return;
		}
		List<Object[]> rows = new ArrayList<>(errors.size());
		int position = 0;
		int previousRow = -1;
		for (RowError error : errors) {
			position = error.row() == previousRow ? position + 1 : 0;
			previousRow = error.row();
			rows.add(new Object[] { id, error.row(), position,
					error.column() == null ? null : abbreviate(error.column(), 300), error.field(),
					abbreviate(error.message(), 1000) });
		}
		jdbcTemplate.batchUpdate("""
				insert into customer_import_error (job_id, file_row, position, column_name, field, message)
				values (?, ?, ?, ?, ?, ?)
				""", rows);
	}

	private boolean moveStatus(long id, ImportStatus from, ImportStatus to) {
		return jdbc.sql("update customer_import_job set status = ?, updated_at = ? where id = ? and status = ?")
			.params(to.name(), Timestamp.from(clock.instant()), id, from.name())
			.update() == 1;
	}

	private static ImportJob job(ResultSet rs, int row) throws SQLException {
		return new ImportJob(rs.getLong("id"), rs.getString("target"), ImportStatus.valueOf(rs.getString("status")),
				rs.getString("file_name"), FileFormat.valueOf(rs.getString("file_format")), rs.getLong("file_size"),
				rs.getString("encoding"), cells(rs.getString("column_headers")), cells(rs.getString("column_mapping")),
				ImportMode.valueOf(rs.getString("import_mode")),
				DuplicatePolicy.valueOf(rs.getString("duplicate_policy")),
				Locale.forLanguageTag(rs.getString("locale")), rs.getLong("created_by"), rs.getInt("total_rows"),
				rs.getInt("processed_rows"), rs.getInt("created_count"), rs.getInt("updated_count"),
				rs.getInt("skipped_count"), rs.getInt("error_count"), rs.getBoolean("cancel_requested"),
				rs.getString("failure"), instant(rs, "created_at"), optionalInstant(rs, "started_at"),
				optionalInstant(rs, "finished_at"), instant(rs, "updated_at"));
	}

	private static RowError error(ResultSet rs, int row) throws SQLException {
		return new RowError(rs.getInt("file_row"), rs.getString("column_name"), rs.getString("field"),
				rs.getString("message"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

	private static @Nullable Instant optionalInstant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	/** A list of texts as one CSV line, so that any header survives the round trip. */
	static String line(List<String> cells) {
		return LINE.format(cells.toArray());
	}

	static List<String> cells(@Nullable String line) {
		if (line == null || line.isEmpty()) {
			return List.of();
		}
		try (var parser = CSVFormat.DEFAULT.parse(new StringReader(line))) {
			List<CSVRecord> records = parser.getRecords();
			return records.isEmpty() ? List.of() : records.get(0).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String abbreviate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

}
