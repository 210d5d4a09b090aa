package io.guanxi.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Prints PostgreSQL's plans (EXPLAIN ANALYZE, BUFFERS) of the sales baselines ({@link RawSales}) for the sales
 * manager, on the generated data set: to see which indexes the board and the forecast use, e.g. after adding
 * one. Each statement runs three times first, so that the plan shown is that of warm caches:
 * {@code mvn -P bench test-compile exec:java -Dexec.mainClass=io.guanxi.bench.SalesPlans -Dexec.classpathScope=test}.
 */
final class SalesPlans {

	private SalesPlans() {
	}

	public static void main(String[] args) throws SQLException {
		BenchDatabase database = BenchDatabase.fromEnvironment();
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(database.url());
		config.setUsername(database.user());
		config.setPassword(database.password());
		config.setMaximumPoolSize(1);
		try (HikariDataSource pool = new HikariDataSource(config); Connection connection = pool.getConnection()) {
			SalesFixture f = SalesFixture.load(connection);
			RawSales raw = new RawSales(pool, f.scope(), f.manager(), f.process());
			for (Map.Entry<String, String> query : Map.of("board", raw.boardSql(), "forecast by month",
					raw.forecastSql("month"), "forecast by quarter", raw.forecastSql("quarter"))
				.entrySet()) {
				System.out.println("=== " + query.getKey());
				try (Statement statement = connection.createStatement()) {
					for (int i = 0; i < 3; i++) {
						statement.executeQuery(query.getValue()).close();
					}
					try (ResultSet plan = statement.executeQuery("explain (analyze, buffers) " + query.getValue())) {
						while (plan.next()) {
							System.out.println(plan.getString(1));
						}
					}
				}
			}
		}
	}

}
