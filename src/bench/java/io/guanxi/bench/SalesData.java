package io.guanxi.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import io.guanxi.platform.security.Sha256;

/**
 * The sales data on top of the customers: a sales manager ({@link DataGenerator#salesManager()}) who leads
 * {@value DataGenerator#SALES_TEAM_REPS} reps of other teams than the benchmark's (their own managers keep the
 * rest), and {@link Scale#opportunities()} opportunities of all reps ({@link Deals}) in the default sales process.
 * <p>
 * It reads what it builds on from the database (the default process's stages after Flyway, accounts, contacts,
 * reps), so it also runs on its own, to add the sales data to a data set generated before it existed, without
 * generating the rest again: {@code mvn -P bench test-compile exec:java@generate-sales -Dbench.scale=large}.
 * Every run replaces the sales tables' rows: they are emptied and loaded with COPY FREEZE in one transaction,
 * their secondary indexes dropped for the load and built afterwards.
 */
final class SalesData {

	static final String TEAM_NAME = "Bench sales team";

	/** The sales tables the generator empties; those it fills have their indexes rebuilt. */
	private static final List<String> TABLES = List.of("sales_stage_change", "sales_opportunity_contact",
			"sales_opportunity_member", "sales_opportunity_task", "sales_stage_approval", "sales_competitor",
			"sales_document", "sales_opportunity");

	private static final String INDEXED_TABLES = "t.relname like 'sales\\_opportunity%' "
			+ "or t.relname in ('sales_stage_change', 'sales_competitor')";

	private final BenchDatabase database;

	private final Scale scale;

	SalesData(BenchDatabase database, Scale scale) {
		this.database = database;
		this.scale = scale;
	}

	public static void main(String[] args) throws Exception {
		Scale scale = Scale.fromSystemProperty();
		BenchDatabase database = BenchDatabase.fromEnvironment();
		long started = System.nanoTime();
		database.migrate();
		String summary;
		try (Connection connection = database.connect()) {
			summary = new SalesData(database, scale).write(connection);
			if (database.isPostgres()) {
				connection.setAutoCommit(true);
				DataGenerator.phase("vacuum analyze",
						() -> DataGenerator.execute(connection, "vacuum analyze platform_user, " + String.join(", ", TABLES)));
			}
		}
		System.out.printf("Generated the sales data of %s: %s in %.1f s%n", scale, summary,
				(System.nanoTime() - started) / 1e9);
	}

	/** Replaces the sales data in one transaction; answers what it wrote. */
	String write(Connection connection) throws SQLException, IOException {
		boolean postgres = database.isPostgres();
		connection.setAutoCommit(false);
		long[] team = new long[2];
		DataGenerator.phase("sales team", () -> {
			team[0] = salesManager(connection);
			team[1] = reportTo(connection, team[0]);
		});
		Deals.Stages stages = Deals.Stages.load(connection);
		Deals.Book[] book = new Deals.Book[1];
		DataGenerator.phase("read accounts, contacts and reps", () -> book[0] = Deals.Book.load(connection));
		wipe(connection, postgres);
		List<String> indexes = postgres ? DataGenerator.dropIndexes(connection, INDEXED_TABLES) : List.of();
		DataGenerator.execute(connection,
				postgres ? "set local session_replication_role = replica" : "set referential_integrity false");
		Deals deals = new Deals(stages, book[0], team[0]);
		DataGenerator.phase("opportunities", () -> deals.write(connection, postgres, scale.opportunities()));
		if (postgres) {
			DataGenerator.phase("sales indexes", () -> {
				DataGenerator.execute(connection, "set local maintenance_work_mem = '1GB'");
				for (String index : indexes) {
					DataGenerator.execute(connection, index);
				}
			});
		}
		else {
			DataGenerator.execute(connection, "set referential_integrity true");
		}
		for (String sequence : List.of("sales_opportunity_seq", "sales_stage_change_seq", "sales_competitor_seq")) {
			DataGenerator.restartSequence(connection, postgres, sequence);
		}
		connection.commit();
		return deals.summary() + String.format(" (%s leads %,d reps)", DataGenerator.salesManager(), team[1]);
	}

	private void wipe(Connection connection, boolean postgres) throws SQLException {
		if (postgres) {
			// cascade: other modules' rows that point at opportunities (quotes, converted leads) go with them
			DataGenerator.execute(connection, "truncate " + String.join(", ", TABLES) + " cascade");
			return;
		}
		DataGenerator.execute(connection, "set referential_integrity false");
		for (String table : TABLES) {
			DataGenerator.execute(connection, "truncate table " + table);
		}
		DataGenerator.execute(connection, "set referential_integrity true");
	}

	/**
	 * The sales manager in a team of its own, with an API token; made once, kept on later runs. Answers its id.
	 */
	private long salesManager(Connection connection) throws SQLException {
		Timestamp now = Timestamp.from(DataGenerator.NOW);
		Long team = single(connection, "select id from platform_team where name = ?", TEAM_NAME);
		if (team == null) {
			team = single(connection, "select coalesce(max(id), 0) + 1 from platform_team");
			update(connection, "insert into platform_team (id, name, version, created_at, updated_at) values (?, ?, 0, ?, ?)",
					team, TEAM_NAME, now, now);
		}
		Long manager = single(connection, "select id from platform_user where username = ?",
				DataGenerator.salesManager());
		if (manager == null) {
			manager = single(connection, "select coalesce(max(id), 0) + 1 from platform_user");
			// the same password as every benchmark user, without hashing it again
			update(connection, """
					insert into platform_user (id, username, display_name, password_hash, role, team_id, manager_id,
					    enabled, failed_logins, version, created_at, updated_at)
					select ?, ?, 'Sales Manager', password_hash, 'SALES_MANAGER', ?, null, true, 0, 0, ?, ?
					from platform_user where username = ?
					""", manager, DataGenerator.salesManager(), team, now, now, DataGenerator.admin());
		}
		String token = DataGenerator.tokenOf(DataGenerator.salesManager());
		update(connection, "delete from platform_api_token where user_id = ?", manager);
		update(connection, """
				insert into platform_api_token (id, user_id, name, token_hash, token_prefix, created_at)
				select coalesce(max(id), 0) + 1, ?, 'benchmark', ?, ?, ? from platform_api_token
				""", manager, Sha256.hex(token), token.substring(0, 10), now);
		for (String sequence : List.of("platform_team_seq", "platform_user_seq", "platform_api_token_seq")) {
			DataGenerator.restartSequence(connection, database.isPostgres(), sequence);
		}
		return manager;
	}

	/** Moves the sales team's reps under the sales manager, into its team; answers how many. */
	private long reportTo(Connection connection, long manager) throws SQLException {
		List<String> reps = DataGenerator.salesTeamReps(scale);
		Long team = single(connection, "select team_id from platform_user where id = ?", manager);
		int moved = 0;
		try (PreparedStatement statement = connection
			.prepareStatement("update platform_user set manager_id = ?, team_id = ? where username = ?")) {
			for (String rep : reps) {
				statement.setLong(1, manager);
				statement.setObject(2, team);
				statement.setString(3, rep);
				moved += statement.executeUpdate();
			}
		}
		if (moved != DataGenerator.SALES_TEAM_REPS) {
			throw new IllegalStateException("The sales team has " + moved + " reps instead of "
					+ DataGenerator.SALES_TEAM_REPS + ": is the data set of scale " + scale + "?");
		}
		return moved;
	}

	private static Long single(Connection connection, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			try (ResultSet result = statement.executeQuery()) {
				return result.next() ? result.getLong(1) : null;
			}
		}
	}

	private static void update(Connection connection, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			statement.executeUpdate();
		}
	}

}
