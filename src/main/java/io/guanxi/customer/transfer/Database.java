package io.guanxi.customer.transfer;

import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What differs between PostgreSQL and H2 for bulk SQL: how a sequence's next value is
 * read (as Hibernate's dialect writes it), and where the lower-cased name is indexed.
 */
@Component
class Database {

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final Dialect dialect;

	Database(JdbcClient jdbc, JdbcTemplate jdbcTemplate, EntityManagerFactory entityManagerFactory) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.dialect = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
	}

	/**
	 * The account name in lower case, as an indexed expression: PostgreSQL indexes
	 * {@code lower(name)}, H2 (without expression indexes) a generated column.
	 */
	String accountNameKey() {
		return dialect instanceof H2Dialect ? "name_key" : "lower(name)";
	}

	/**
	 * Inside an import's transaction: every query there looks rows up by key, which an
	 * index answers in milliseconds, but PostgreSQL plans a sequential scan when its
	 * statistics are missing or stale (autovacuum off, or a table that a bulk load just
	 * grew) and then spends a scan of the whole table on every chunk of 1,000 rows.
	 */
	void preferIndexes() {
		if (dialect instanceof PostgreSQLDialect) {
			jdbc.sql("set local enable_seqscan = off").update();
		}
	}

	/**
	 * Whether lookups take one array parameter ({@code = any(?)}) rather than an IN list.
	 */
	boolean arrays() {
		return dialect instanceof PostgreSQLDialect;
	}

	/**
	 * The rows of {@code select} (a statement without its where clause) whose
	 * {@code column} holds one of {@code values}, in id order. PostgreSQL takes the
	 * values as one array parameter, so that it prepares the statement once instead of
	 * planning a new 1,000-parameter statement for every chunk.
	 */
	void forEachIn(String select, String column, Collection<String> values, RowCallbackHandler rows) {
		if (values.isEmpty()) {
			return;
		}
		if (arrays()) {
			jdbcTemplate.query(connection -> {
				PreparedStatement statement = connection
					.prepareStatement(select + " where " + column + " = any(?) order by id");
				statement.setArray(1, connection.createArrayOf("text", values.toArray()));
				return statement;
			}, rows);
		}
		else {
			jdbc.sql(select + " where " + column + " in (:values) order by id").param("values", values).query(rows);
		}
	}

	/** {@code count} next values in one round trip. */
	List<Long> next(String sequence, int count) {
		String sql = dialect instanceof PostgreSQLDialect
				? "select nextval('" + sequence + "') from generate_series(1, ?)"
				: "select next value for " + sequence + " from system_range(1, ?)";
		return jdbc.sql(sql).param(count).query(Long.class).list();
	}

	long next(String sequence) {
		return jdbc.sql(dialect.getSequenceSupport().getSequenceNextValString(sequence)).query(Long.class).single();
	}

}
