package io.guanxi.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;

/** The database to fill and measure: GUANXI_DB_URL etc., by default a local PostgreSQL "guanxi_bench". */
record BenchDatabase(String url, String user, String password) {

	static BenchDatabase fromEnvironment() {
		return new BenchDatabase(env("GUANXI_DB_URL", "jdbc:postgresql://127.0.0.1:5432/guanxi_bench"),
				env("GUANXI_DB_USER", "postgres"), env("GUANXI_DB_PASSWORD", ""));
	}

	boolean isPostgres() {
		return url.startsWith("jdbc:postgresql:");
	}

	Connection connect() throws SQLException {
		return DriverManager.getConnection(url, user, password);
	}

	/** The same migrations the application runs, so the generator can fill an empty database. */
	void migrate() throws SQLException {
		createIfMissing();
		Flyway.configure()
			.dataSource(url, user, password)
			.locations("classpath:db/migration/common", "classpath:db/migration/" + (isPostgres() ? "postgresql" : "h2"))
			.load()
			.migrate();
	}

	/** On PostgreSQL, creates the database named in the URL when it does not exist yet. */
	private void createIfMissing() throws SQLException {
		if (!isPostgres()) {
			return;
		}
		try (Connection ignored = connect()) {
			return;
		}
		catch (SQLException ex) {
			if (!"3D000".equals(ex.getSQLState())) {
				throw ex;
			}
		}
		String name = url.replaceAll("^.*/([^/?]+)(\\?.*)?$", "$1");
		String server = url.replaceAll("/[^/?]+(\\?.*)?$", "/postgres$1");
		try (Connection connection = DriverManager.getConnection(server, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("create database \"" + name.replace("\"", "") + "\"");
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
