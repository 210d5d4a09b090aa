package io.guanxi.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The baseline: the query each operation needs, done directly over JDBC (a connection pool
 * of the size the application uses), so that the Guanxi/raw ratio shows what the application adds on top of the database.
 */
final class RawSql implements AutoCloseable {

	private final String scope;

	private final HikariDataSource pool;

	RawSql(BenchDatabase database, List<Long> ownerScope) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(database.url());
		config.setUsername(database.user());
		config.setPassword(database.password());
		// The application's default pool size, so both sides have as many connections.
		config.setMaximumPoolSize(10);
		this.pool = new HikariDataSource(config);
		this.scope = ownerScope.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	void accountById(long id) throws SQLException {
		consume("""
				select a.id, a.name, a.owner_id, a.version, a.created_at, a.updated_at, u.display_name
				from customer_account a join platform_user u on u.id = a.owner_id where a.id = ?
				""", id);
	}

	void listPage(String filter) throws SQLException {
		String where = "owner_id in (" + scope + ") and lower(name) like ?";
		String pattern = "%" + filter.toLowerCase(Locale.ROOT) + "%";
		consume("select id, name, owner_id, updated_at from customer_account where " + where
				+ " order by name limit 25", pattern);
		consume("select count(*) from customer_account where " + where, pattern);
	}

	void search(String prefix) throws SQLException {
		consume("select id, name from customer_account where owner_id in (" + scope
				+ ") and lower(name) like ? order by name limit 20", "%" + prefix.toLowerCase(Locale.ROOT) + "%");
	}

	private void consume(String sql, Object parameter) throws SQLException {
		try (Connection connection = pool.getConnection();
				PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setObject(1, parameter);
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					result.getObject(1);
				}
			}
		}
	}

	@Override
	public void close() {
		pool.close();
	}

}
