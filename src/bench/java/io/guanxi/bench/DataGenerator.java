package io.guanxi.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import io.guanxi.platform.security.Sha256;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Fills a database with reproducible CRM data (seeded random) at a chosen scale, replacing what
 * was there: users in teams under managers, and accounts with Chinese and English company names.
 * PostgreSQL is loaded with COPY, H2 with JDBC batches; never one ORM save per row.
 */
public final class DataGenerator {

	static final String PASSWORD = "bench-password";

	static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

	private static final int REPS_PER_TEAM = 20;

	private static final int CHUNK = 50_000;

	private final BenchDatabase database;

	private final Scale scale;

	private final Random random = new Random(20261123);

	DataGenerator(BenchDatabase database, Scale scale) {
		this.database = database;
		this.scale = scale;
	}

	public static void main(String[] args) throws Exception {
		Scale scale = Scale.fromSystemProperty();
		long started = System.nanoTime();
		new DataGenerator(BenchDatabase.fromEnvironment(), scale).generate();
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("Generated %s: %,d accounts, %,d reps in %.1f s (%,.0f accounts/s)%n", scale, scale.accounts,
				scale.reps, seconds, scale.accounts / seconds);
	}

	/** The usernames a benchmark signs in with. */
	static String admin() {
		return "bench-admin";
	}

	static String manager(int team) {
		return "bench-manager-" + team;
	}

	static String rep(int number) {
		return "bench-rep-" + number;
	}

	/** Each benchmark user's API token; only its hash is stored, as the application does. */
	static String tokenOf(String username) {
		return "gx_bench-" + username;
	}

	void generate() throws SQLException, IOException {
		database.migrate();
		try (Connection connection = database.connect()) {
			connection.setAutoCommit(false);
			wipe(connection);
			insertPeople(connection);
			insertAccounts(connection);
			restartSequence(connection, "platform_team_seq");
			restartSequence(connection, "platform_user_seq");
			restartSequence(connection, "platform_api_token_seq");
			restartSequence(connection, "customer_account_seq");
			connection.commit();
			if (database.isPostgres()) {
				connection.setAutoCommit(true);
				execute(connection, "vacuum analyze");
			}
		}
	}

	private void wipe(Connection connection) throws SQLException {
		List<String> tables = List.of("customer_account_aud", "customer_account", "platform_api_token",
				"platform_idempotency_key", "platform_user_aud", "platform_team_aud", "platform_revision",
				"platform_user", "platform_team", "event_publication");
		if (database.isPostgres()) {
			execute(connection, "truncate " + String.join(", ", tables) + " cascade");
			return;
		}
		execute(connection, "set referential_integrity false");
		for (String table : tables) {
			execute(connection, "truncate table " + table);
		}
		execute(connection, "set referential_integrity true");
	}

	private void insertPeople(Connection connection) throws SQLException {
		String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD);
		Timestamp now = Timestamp.from(NOW);
		int teams = Math.max(1, scale.reps / REPS_PER_TEAM);
		try (PreparedStatement team = connection.prepareStatement(
				"insert into platform_team (id, name, version, created_at, updated_at) values (?, ?, 0, ?, ?)");
				PreparedStatement user = connection.prepareStatement("""
						insert into platform_user (id, username, display_name, password_hash, role, team_id, manager_id,
						    enabled, failed_logins, version, created_at, updated_at)
						values (?, ?, ?, ?, ?, ?, ?, true, 0, 0, ?, ?)
						""")) {
			addUser(user, 1, admin(), "Bench Admin", hash, "ADMIN", null, null, now);
			for (int t = 1; t <= teams; t++) {
				team.setLong(1, t);
				team.setString(2, "Bench team " + t);
				team.setTimestamp(3, now);
				team.setTimestamp(4, now);
				team.addBatch();
				addUser(user, managerId(t), manager(t), "Manager " + t, hash, "SALES_MANAGER", (long) t, null, now);
			}
			team.executeBatch();
			for (int r = 1; r <= scale.reps; r++) {
				int t = teamOf(r, teams);
				addUser(user, repId(r), rep(r), Names.person(random), hash, "SALES_REP", (long) t, managerId(t), now);
			}
			user.executeBatch();
		}
		try (PreparedStatement token = connection.prepareStatement("""
				insert into platform_api_token (id, user_id, name, token_hash, token_prefix, created_at)
				values (?, ?, 'benchmark', ?, ?, ?)
				""")) {
			long[] ids = { 1, managerId(1), repId(1) };
			String[] names = { admin(), manager(1), rep(1) };
			for (int i = 0; i < ids.length; i++) {
				token.setLong(1, i + 1);
				token.setLong(2, ids[i]);
				token.setString(3, Sha256.hex(tokenOf(names[i])));
				token.setString(4, tokenOf(names[i]).substring(0, 10));
				token.setTimestamp(5, now);
				token.addBatch();
			}
			token.executeBatch();
		}
	}

	private void insertAccounts(Connection connection) throws SQLException, IOException {
		if (database.isPostgres()) {
			copyAccounts(connection.unwrap(PGConnection.class).getCopyAPI());
			return;
		}
		try (PreparedStatement insert = connection.prepareStatement("""
				insert into customer_account (id, name, owner_id, version, created_at, updated_at)
				values (?, ?, ?, 0, ?, ?)
				""")) {
			for (long id = 1; id <= scale.accounts; id++) {
				Instant created = createdAt();
				insert.setLong(1, id);
				insert.setString(2, Names.company(random));
				insert.setLong(3, ownerOf(id));
				insert.setTimestamp(4, Timestamp.from(created));
				insert.setTimestamp(5, Timestamp.from(updatedAt(created)));
				insert.addBatch();
				if (id % 1_000 == 0) {
					insert.executeBatch();
				}
			}
			insert.executeBatch();
		}
	}

	private void copyAccounts(CopyManager copy) throws SQLException, IOException {
		StringBuilder rows = new StringBuilder();
		for (long id = 1; id <= scale.accounts; id++) {
			Instant created = createdAt();
			rows.append(id)
				.append('\t')
				.append(Names.company(random))
				.append('\t')
				.append(ownerOf(id))
				.append("\t0\t")
				.append(created)
				.append('\t')
				.append(updatedAt(created))
				.append('\n');
			if (id % CHUNK == 0 || id == scale.accounts) {
				copy.copyIn("copy customer_account (id, name, owner_id, version, created_at, updated_at) from stdin",
						new StringReader(rows.toString()));
				rows.setLength(0);
			}
		}
	}

	/**
	 * Accounts are spread over reps unevenly, as in real sales teams: a few reps own many accounts.
	 */
	private long ownerOf(long accountId) {
		double skewed = Math.pow(random.nextDouble(), 1.5);
		return repId(1 + (int) (skewed * scale.reps));
	}

	private Instant createdAt() {
		return NOW.minus(Duration.ofMinutes(random.nextInt(5 * 365 * 24 * 60)));
	}

	private Instant updatedAt(Instant created) {
		long span = Duration.between(created, NOW).toMinutes();
		return created.plus(Duration.ofMinutes(span == 0 ? 0 : random.nextLong(span)));
	}

	private long managerId(int team) {
		return 1L + team;
	}

	long repId(int number) {
		return 1L + Math.max(1, scale.reps / REPS_PER_TEAM) + number;
	}

	private static int teamOf(int rep, int teams) {
		return 1 + (rep - 1) % teams;
	}

	private static void addUser(PreparedStatement user, long id, String username, String name, String hash, String role,
			Long team, Long manager, Timestamp now) throws SQLException {
		user.setLong(1, id);
		user.setString(2, username);
		user.setString(3, name);
		user.setString(4, hash);
		user.setString(5, role);
		user.setObject(6, team);
		user.setObject(7, manager);
		user.setTimestamp(8, now);
		user.setTimestamp(9, now);
		user.addBatch();
	}

	private void restartSequence(Connection connection, String sequence) throws SQLException {
		String table = sequence.substring(0, sequence.length() - "_seq".length());
		long next;
		try (Statement statement = connection.createStatement();
				var result = statement.executeQuery("select coalesce(max(id), 0) + 100 from " + table)) {
			result.next();
			next = result.getLong(1);
		}
		execute(connection, database.isPostgres() ? "select setval('" + sequence + "', " + next + ")"
				: "alter sequence " + sequence + " restart with " + next);
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
