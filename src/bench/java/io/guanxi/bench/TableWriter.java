package io.guanxi.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.postgresql.PGConnection;

/**
 * Rows for one table, written in chunks: COPY on PostgreSQL, JDBC batches on H2. Values are Long, Integer,
 * String, Boolean, Instant, LocalDate, BigDecimal, String[] (an array column) or null.
 * <p>
 * COPY runs with FREEZE: the rows are stored already frozen and visible, so the VACUUM after the load has
 * nothing to write. PostgreSQL allows that only into a table emptied or created in the same transaction, as the
 * generator does.
 */
final class TableWriter implements AutoCloseable {

	private static final int CHUNK = 50_000;

	private final Connection connection;

	private final boolean postgres;

	private final String table;

	private final List<String> columns;

	private final List<Object[]> rows = new ArrayList<>();

	private long written;

	TableWriter(Connection connection, boolean postgres, String table, String... columns) {
		this.connection = connection;
		this.postgres = postgres;
		this.table = table;
		this.columns = List.of(columns);
	}

	void add(Object... values) throws SQLException, IOException {
		if (values.length != columns.size()) {
			throw new IllegalArgumentException(table + ": " + values.length + " values for " + columns.size() + " columns");
		}
		rows.add(values);
		if (rows.size() == CHUNK) {
			flush();
		}
	}

	/** The rows added so far, also those not yet sent. */
	long written() {
		return written + rows.size();
	}

	@Override
	public void close() throws SQLException, IOException {
		flush();
	}

	private void flush() throws SQLException, IOException {
		if (rows.isEmpty()) {
			return;
		}
		if (postgres) {
			copy();
		}
		else {
			batch();
		}
		written += rows.size();
		rows.clear();
	}

	private void copy() throws SQLException, IOException {
		StringBuilder text = new StringBuilder(rows.size() * 200);
		for (Object[] row : rows) {
			for (int i = 0; i < row.length; i++) {
				if (i > 0) {
					text.append('\t');
				}
				text.append(copyValue(row[i]));
			}
			text.append('\n');
		}
		connection.unwrap(PGConnection.class)
			.getCopyAPI()
			.copyIn("copy " + table + " (" + String.join(", ", columns) + ") from stdin with (freeze)",
					new StringReader(text.toString()));
	}

	private void batch() throws SQLException {
		String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
				+ String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
		try (PreparedStatement insert = connection.prepareStatement(sql)) {
			for (Object[] row : rows) {
				for (int i = 0; i < row.length; i++) {
					insert.setObject(i + 1, row[i] instanceof Instant instant ? Timestamp.from(instant) : row[i]);
				}
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	private static String copyValue(Object value) {
		if (value == null) {
			return "\\N";
		}
		if (value instanceof String[] array) {
			StringBuilder literal = new StringBuilder("{");
			for (int i = 0; i < array.length; i++) {
				literal.append(i == 0 ? "" : ",")
					.append('"')
					.append(array[i].replace("\\", "\\\\").replace("\"", "\\\""))
					.append('"');
			}
			return escape(literal.append('}').toString());
		}
		if (value instanceof Boolean bool) {
			return bool ? "t" : "f";
		}
		return escape(value.toString());
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
	}

}
