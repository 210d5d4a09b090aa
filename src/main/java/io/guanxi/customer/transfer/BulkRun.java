package io.guanxi.customer.transfer;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;

/**
 * What the runs of all targets share: new ids from the entity's own sequence, INSERTs of
 * many rows each, one Envers audit row per record in the import's one revision, owners
 * and choices read from cells, messages in the importer's language.
 *
 * @param <R> a validated row
 */
abstract class BulkRun<R> implements TargetRun<R> {

	/**
	 * Rows per INSERT statement: one statement of many rows costs the database far less
	 * than as many one-row statements, even batched.
	 */
	static final int ROWS_PER_INSERT = 100;

	final ImportContext context;

	final ImportSupport support;

	final Timestamp now;

	private final String table;

	private final String auditColumns;

	private final PooledIds ids;

	private final Set<Long> createdIds = new HashSet<>();

	private @Nullable Owners owners;

	private @Nullable Long revision;

	/**
	 * @param table the entity's table; its sequence is {@code <table>_seq}, its audit
	 * table {@code <table>_aud}
	 * @param auditColumns the columns that the audit table copies
	 */
	BulkRun(ImportContext context, ImportSupport support, String table, String auditColumns) {
		this.context = context;
		this.support = support;
		this.table = table;
		this.auditColumns = auditColumns;
		this.ids = new PooledIds(support.database(), table + "_seq");
		this.now = Timestamp.from(context.now());
	}

	/** Binds the parameters of one row of a many-row INSERT, from {@code offset + 1}. */
	interface RowBinder {

		void bind(PreparedStatement ps, int offset, int row) throws SQLException;

	}

	/** Ids for this many new records, fetched in as few round trips as possible. */
	final List<Long> newIds(int count) {
		ids.reserve(count);
		List<Long> newIds = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			newIds.add(ids.next());
		}
		return newIds;
	}

	/**
	 * Inserts {@code rows} rows, {@value #ROWS_PER_INSERT} to a statement, then their
	 * audit rows.
	 * @param insert the statement up to {@code values}
	 * @param placeholders one row's {@code (?, ?, …)}
	 * @param parameters the number of {@code ?} in it
	 */
	final void insert(String insert, String placeholders, int parameters, List<Long> newIds, RowBinder binder) {
		int rows = newIds.size();
		int full = rows / ROWS_PER_INSERT;
		if (full > 0) {
			support.jdbcTemplate()
				.batchUpdate(statement(insert, placeholders, ROWS_PER_INSERT), new BatchPreparedStatementSetter() {

					@Override
					public void setValues(PreparedStatement ps, int statement) throws SQLException {
						for (int r = 0; r < ROWS_PER_INSERT; r++) {
							binder.bind(ps, r * parameters, statement * ROWS_PER_INSERT + r);
						}
					}

					@Override
					public int getBatchSize() {
						return full;
					}

				});
		}
		int rest = rows - full * ROWS_PER_INSERT;
		if (rest > 0) {
			support.jdbcTemplate().update(statement(insert, placeholders, rest), ps -> {
				for (int r = 0; r < rest; r++) {
					binder.bind(ps, r * parameters, full * ROWS_PER_INSERT + r);
				}
			});
		}
		createdIds.addAll(newIds);
		audit(newIds, 0);
	}

	private static String statement(String insert, String placeholders, int rows) {
		return insert + " values " + String.join(", ", Collections.nCopies(rows, placeholders));
	}

	/**
	 * After records were updated: one audit row per record and revision, as Envers keeps
	 * it, with the latest state; a record this import created stays "created".
	 */
	final void auditUpdates(Collection<Long> updated) {
		List<Long> all = List.copyOf(updated);
		support.jdbc()
			.sql("delete from " + table + "_aud where rev = :rev and id in (:ids)")
			.param("rev", revision())
			.param("ids", all)
			.update();
		audit(all.stream().filter(createdIds::contains).toList(), 0);
		audit(all.stream().filter(id -> !createdIds.contains(id)).toList(), 1);
	}

	private void audit(List<Long> recordIds, int revisionType) {
		if (!recordIds.isEmpty()) {
			support.jdbc()
				.sql("insert into " + table + "_aud (id, rev, revtype, " + auditColumns
						+ ") select id, :rev, :revtype, " + auditColumns + " from " + table + " where id in (:ids)")
				.param("rev", revision())
				.param("revtype", revisionType)
				.param("ids", recordIds)
				.update();
		}
	}

	/**
	 * The import's one Envers revision, made by Envers itself (so it carries the
	 * importer, as every other revision does) the first time a row is written.
	 */
	private long revision() {
		if (revision == null) {
			EntityManager entityManager = support.entityManager();
			Object data = AuditReaderFactory.get(entityManager).getCurrentRevision(Object.class, true);
			entityManager.flush();
			Object id = entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(data);
			revision = ((Number) Objects.requireNonNull(id)).longValue();
		}
		return revision;
	}

	/** The enum value a cell names, null when blank; an error when it names none. */
	final <E extends Enum<E>> @Nullable E choice(RowValues row, String field, ChoiceLabels<E> labels,
			List<RowError> errors) {
		String text = row.value(field);
		if (text == null) {
			return null;
		}
		var value = labels.parse(text);
		if (value.isEmpty()) {
			errors.add(row.error(field, message("customer.transfer.error.choice", text)));
		}
		return value.orElse(null);
	}

	/**
	 * The owner a cell names, null when blank; an error when it names nobody the importer
	 * may give records to.
	 * @param notAllowedKey the message for a user who exists but is not the importer's to
	 * choose, as the form says it
	 */
	final @Nullable Long owner(RowValues row, List<RowError> errors, String notAllowedKey) {
		String text = row.value("owner");
		if (text == null) {
			return null;
		}
		if (owners == null) {
			owners = new Owners(support.users().assignableOwners());
		}
		Long id = owners.find(text);
		if (id == null) {
			boolean exists = support.users().findByUsername(text).isPresent();
			errors.add(row.error("owner",
					exists ? message(notAllowedKey) : message("customer.transfer.error.ownerUnknown", text)));
		}
		return id;
	}

	final String message(String key, Object... arguments) {
		return support.messages().getMessage(key, arguments, key, context.locale());
	}

	static void text(PreparedStatement ps, int index, @Nullable Object value) throws SQLException {
		if (value == null) {
			ps.setNull(index, Types.VARCHAR);
		}
		else {
			ps.setString(index, value instanceof Enum<?> choice ? choice.name() : value.toString());
		}
	}

	static void id(PreparedStatement ps, int index, @Nullable Long value) throws SQLException {
		if (value == null) {
			ps.setNull(index, Types.BIGINT);
		}
		else {
			ps.setLong(index, value);
		}
	}

	static void terms(PreparedStatement ps, int index, String[] terms) throws SQLException {
		ps.setArray(index, ps.getConnection().createArrayOf("varchar", terms));
	}

}
