package io.guanxi.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.guanxi.bench.Measurement.Call;
import org.awaitility.Awaitility;
import io.guanxi.bench.Results.Row;

/**
 * Starts Guanxi (the built jar, -Xmx1g) on a generated PostgreSQL data set and measures each
 * operation at 1, 8 and 32 clients over HTTP, next to the same query over plain JDBC.
 */
public final class BenchmarkRunner {

	private static final int[] CLIENTS = { 1, 8, 32 };

	private static final String NO_DATA = "the data set has no record for it";

	/**
	 * {@code -Dbench.rows=Pipeline,Forecast}: measure only the rows whose name starts with one of these words
	 * (case-insensitive; "Import" for the import), and write target/bench-results.md instead of the results file.
	 */
	private static final List<String> ROWS = java.util.Arrays.stream(System.getProperty("bench.rows", "").split(","))
		.map(String::strip)
		.filter(word -> !word.isEmpty())
		.map(word -> word.toLowerCase(java.util.Locale.ROOT))
		.toList();

	private final BenchDatabase database = BenchDatabase.fromEnvironment();

	private final Scale scale = Scale.fromSystemProperty();

	private final Measurement measurement = new Measurement(Duration.ofSeconds(Long.getLong("bench.warmup", 3)),
			Duration.ofSeconds(Long.getLong("bench.seconds", 8)));

	public static void main(String[] args) throws Exception {
		new BenchmarkRunner().run(Path.of(System.getProperty("bench.jar")));
	}

	void run(Path jar) throws Exception {
		String generation = generateIfNeeded();
		int port = freePort();
		Instant started = Instant.now();
		Process server = startServer(jar, port);
		try {
			GuanxiClient probe = new GuanxiClient(port);
			// Long enough for a migration that backfills a large data set on start.
			Awaitility.await("Guanxi to start (see target/bench-server.log)")
				.atMost(Duration.ofMinutes(10))
				.pollInterval(Duration.ofMillis(500))
				.failFast("the server process ended", () -> !server.isAlive())
				.until(probe::healthy);
			generation += "; " + awaitQualitySnapshot(started);
			Fixture fixture = Fixture.load(database, scale);
			List<Row> rows = measureAll(port, fixture);
			Results.Memory memory = memory(server, new GuanxiClient(port), fixture);
			// A run of some rows only must not replace the full results.
			Path file = ROWS.isEmpty() ? Path.of("benchmarks", "RESULTS.md") : Path.of("target", "bench-results.md");
			Results.write(file, scale, generation + ". Relationships: " + fixture.graph().summary() + ". Sales: "
					+ fixture.sales().summary(), postgresVersion(), measurement, rows, memory);
			if (wanted("Import")) {
				new ImportBenchmark(port, database).appendTo(file);
			}
			System.out.println(Files.readString(file));
		}
		finally {
			server.destroy();
			server.waitFor();
		}
	}

	private List<Row> measureAll(int port, Fixture f) throws Exception {
		GuanxiClient api = new GuanxiClient(port);
		GuanxiClient manager = new GuanxiClient(port).signIn(DataGenerator.manager(1), DataGenerator.PASSWORD);
		String repToken = DataGenerator.tokenOf(DataGenerator.rep(1));
		String managerToken = DataGenerator.tokenOf(DataGenerator.manager(1));
		RawSql raw = new RawSql(database, f.managerScope());

		List<Row> rows = new ArrayList<>();
		Map<String, Call> calls = new java.util.LinkedHashMap<>();
		calls.put("by id", () -> api.api(repToken, "/api/v1/accounts/" + f.anyRepAccount()));
		calls.put("list", () -> api.api(managerToken, "/api/v1/accounts?size=25&sort=name&" + f.anyFilter().query()));
		calls.put("search", () -> manager.fragment("/search?q=" + GuanxiClient.encode(f.anySearch()), "gx-search-results"));
		calls.put("search api", () -> api.api(managerToken, "/api/v1/search?limit=10&q=" + GuanxiClient.encode(f.anySearch())));
		calls.put("profile", () -> manager.page("/accounts/" + f.anyTeamAccount()));
		calls.put("timeline", () -> api.api(managerToken, timelinePath(f.anyTeamAccount())));
		GraphFixture g = f.graph();
		Call orgChart = () -> api.api(managerToken, orgChartPath(g.anyBigAccount()));
		Call network = () -> api.api(managerToken, networkPath(g.anyNetworkAccount()));
		Call warmPaths = () -> api.api(managerToken, warmPathsPath(g.anyWarmPathTarget()));
		String orgChartMissing = missing(api, managerToken, g.bigAccounts(), BenchmarkRunner::orgChartPath);
		String networkMissing = missing(api, managerToken, g.networkAccounts(), BenchmarkRunner::networkPath);
		String warmPathsMissing = missing(api, managerToken, g.warmPathTargets(), BenchmarkRunner::warmPathsPath);
		addIf(calls, orgChartMissing, "org chart", orgChart);
		addIf(calls, networkMissing, "network", network);
		addIf(calls, warmPathsMissing, "warm paths", warmPaths);
		SalesRows sales = new SalesRows(port, f.sales(), raw.sales(f.sales().scope(), f.sales().manager(), f.sales().process()));
		calls.putAll(sales.calls());
		warmUpServer(calls.values());
		rows.addAll(measure("Get an account by id", "GET /api/v1/accounts/{id}, as a rep",
				() -> api.api(repToken, "/api/v1/accounts/" + f.anyRepAccount()),
				() -> raw.accountById(f.anyRepAccount())));
		rows.addAll(measure("Filtered list page",
				"GET /api/v1/accounts?…&size=25&sort=name with the total, as a manager of 20 reps; the filter is one of: "
						+ "a word in the name (科技, 软件, 上海, 深圳华, tech, pacific), industry and tier, lifecycle stage and "
						+ "tiers, industry and city, status and industry",
				() -> api.api(managerToken, "/api/v1/accounts?size=25&sort=name&" + f.anyFilter().query()),
				() -> raw.listPage(f.anyFilter())));
		rows.addAll(measure("Search accounts and contacts (API)",
				"GET /api/v1/search?q=…&limit=10, as a manager of 20 reps; q is one of: two Chinese characters from a "
						+ "company name (华为), a Latin company word with a typo (Pacfic), the last 4 digits of a mobile, a "
						+ "whole mobile typed as 138-0013-8000, an e-mail address, a contact's Chinese name. Raw SQL: the one "
						+ "statement that finds the answer (accounts and contacts, 10 each)",
				() -> api.api(managerToken, "/api/v1/search?limit=10&q=" + GuanxiClient.encode(f.anySearch())),
				() -> raw.search(f.anySearch())));
		rows.addAll(measure("Search as you type", "GET /search?q=… (htmx fragment, 20 hits), as a manager of 20 reps; "
				+ "the same mix of queries",
				() -> manager.fragment("/search?q=" + GuanxiClient.encode(f.anySearch()), "gx-search-results"),
				() -> raw.search(f.anySearch())));
		rows.addAll(measure("Customer profile page", "GET /accounts/{id} (HTML with history), as a manager",
				() -> manager.page("/accounts/" + f.anyTeamAccount()), () -> raw.accountById(f.anyTeamAccount())));
		rows.addAll(measure("Account timeline",
				"GET /api/v1/accounts/{id}/timeline?limit=20 (the first page, newest first, with participants and "
						+ "author names), as a manager of 20 reps, on an account of the team. Raw SQL: the keyset page "
						+ "the application reads, with the author's and the contacts' names, in one statement",
				() -> api.api(managerToken, timelinePath(f.anyTeamAccount())),
				() -> raw.timeline(f.anyTeamAccount())));
		RawGraph rawGraph = raw.graph();
		rows.addAll(measureIf(orgChartMissing,
				"Org chart as of a date (%,d-person account)".formatted(scale.bigAccountPeople()),
				("GET /api/v1/accounts/{id}/org-chart?asOf=%s, as a manager of 20 reps, on the big accounts the team "
						+ "owns (%d): %,d people over fifteen years; on that day %,d positions held, in a reporting "
						+ "tree %d levels deep and departments four deep. Raw SQL: the account, the positions held that "
						+ "day with the names of the people the manager may read, and the account's departments")
					.formatted(BigAccounts.PAST, g.bigAccounts().size(), scale.bigAccountPeople(),
							g.positionsOnPastDay(), g.levelsOnPastDay()),
				orgChart, () -> rawGraph.orgChart(g.anyBigAccount(), BigAccounts.PAST)));
		rows.addAll(measureIf(networkMissing, "Network view, 2 hops",
				("GET /api/v1/accounts/{id}/network?depth=2, as a manager of 20 reps, on the %d accounts of the team "
						+ "with the most company links to accounts the manager reads (parents of corporate groups): "
						+ "linked companies and key people, "
						+ "and theirs. Raw SQL: the same batched statements for two rings (company links, key people, "
						+ "people's positions and ties, %d candidates per node and direction) and the names of the "
						+ "readable ones, %d of which per node make the next ring")
					.formatted(g.networkAccounts().size(), RawGraph.WINDOW, RawGraph.NEIGHBOURS),
				network, () -> rawGraph.network(g.anyNetworkAccount(), java.time.LocalDate.now())));
		rows.addAll(measureIf(warmPathsMissing, "Warm path, up to 4 hops",
				("GET /api/v1/contacts/{id}/warm-paths?maxHops=4, as a manager of 20 reps, to %d people of the "
						+ "team's big accounts whom nobody in the team knows (no recorded tie, on no timeline), each "
						+ "reachable over colleagues and over chains of two and three people from contacts the team "
						+ "knows (the graph has hubs of %,d ties). Raw SQL: the people "
						+ "within three ties of the target (the %d strongest of each, readable ones only) in one "
						+ "recursive statement, and the users who know them, closest first; person ties only")
					.formatted(g.warmPathTargets().size(), scale.tiesPerHub(), RawGraph.TIES_PER_PERSON),
				warmPaths, () -> rawGraph.warmPaths(g.anyWarmPathTarget(), 4)));
		for (SalesRows.Operation operation : sales.operations()) {
			rows.addAll(measureIf(operation.missing(), operation.name(), operation.what(), operation.guanxi(),
					operation.raw()));
		}
		rows.addAll(measure("Create an account", "POST /api/v1/accounts, as a rep",
				() -> api.create(repToken, "/api/v1/accounts",
						"{\"name\": \"Bench " + ThreadLocalRandom.current().nextInt() + "\"}"),
				null));
		raw.close();
		return rows;
	}

	private static String timelinePath(long account) {
		return "/api/v1/accounts/" + account + "/timeline?limit=" + RawSql.TIMELINE_PAGE;
	}

	private static String orgChartPath(long account) {
		return "/api/v1/accounts/" + account + "/org-chart?asOf=" + BigAccounts.PAST;
	}

	private static String networkPath(long account) {
		return "/api/v1/accounts/" + account + "/network?depth=2";
	}

	private static String warmPathsPath(long contact) {
		return "/api/v1/contacts/" + contact + "/warm-paths?maxHops=4";
	}

	/**
	 * Why an operation cannot be measured: no record to ask for, or the endpoint is not there (404 for a record
	 * the user may read); null when it can. Any other answer than 200 fails the run.
	 */
	private static String missing(GuanxiClient api, String token, List<Long> ids,
			java.util.function.LongFunction<String> path) throws Exception {
		if (ids.isEmpty()) {
			return NO_DATA + " (generated by an older generator?)";
		}
		int status = api.status(token, path.apply(ids.get(0)));
		if (status == 404) {
			return "GET " + path.apply(ids.get(0)) + " answered 404: this build has no such endpoint";
		}
		if (status != 200) {
			throw new IllegalStateException("GET " + path.apply(ids.get(0)) + " answered " + status);
		}
		return null;
	}

	private static void addIf(Map<String, Call> calls, String missing, String name, Call call) {
		if (missing == null) {
			calls.put(name, call);
		}
	}

	/**
	 * Measures the operation, or when it cannot be measured says why; its raw SQL is measured all the same when
	 * it only needs the data (an endpoint still to come), so that the table shows what the database needs.
	 */
	private List<Row> measureIf(String missing, String name, String what, Call guanxi, Call raw) throws Exception {
		if (!wanted(name)) {
			return List.of();
		}
		if (missing == null) {
			return measure(name, what, guanxi, raw);
		}
		System.out.printf("%s: not measured, %s%n", name, missing);
		String described = what + ".\n\n**Not measured:** " + missing;
		if (raw == null || missing.startsWith(NO_DATA)) {
			return List.of(new Row(name, described, 0, null, null));
		}
		List<Row> rows = new ArrayList<>();
		for (int clients : CLIENTS) {
			System.out.printf("%s, raw SQL only, %d clients…%n", name, clients);
			rows.add(new Row(name, described + " (raw SQL measured)", clients, null, measurement.measure(clients, raw)));
		}
		return rows;
	}

	/**
	 * Exercises every read before anything is measured, so that the first operation does not pay
	 * for the JIT compiling the whole request path.
	 */
	private void warmUpServer(java.util.Collection<Call> calls) throws Exception {
		System.out.println("Warming up the server…");
		Measurement warmUp = new Measurement(Duration.ZERO, Duration.ofSeconds(Long.getLong("bench.serverWarmup", 30)));
		warmUp.measure(8, () -> {
			for (Call call : calls) {
				call.run();
			}
		});
	}

	private static boolean wanted(String name) {
		String lower = name.toLowerCase(java.util.Locale.ROOT);
		return ROWS.isEmpty() || ROWS.stream().anyMatch(lower::startsWith);
	}

	private List<Row> measure(String name, String what, Call guanxi, Call raw) throws Exception {
		List<Row> rows = new ArrayList<>();
		if (!wanted(name)) {
			return rows;
		}
		for (int clients : CLIENTS) {
			System.out.printf("%s, %d clients…%n", name, clients);
			Measurement.Stats app = measurement.measure(clients, guanxi);
			Measurement.Stats sql = raw == null ? null : measurement.measure(clients, raw);
			rows.add(new Row(name, what, clients, app, sql));
		}
		return rows;
	}

	private String generateIfNeeded() throws Exception {
		if (!Boolean.getBoolean("bench.regenerate") && Fixture.hasScale(database, scale)) {
			String sales = SalesFixture.hasScale(database, scale) ? "" : addSalesData();
			vacuum();
			return "reused the data set already in the database (vacuumed first)" + sales;
		}
		long started = System.nanoTime();
		new DataGenerator(database, scale).generate();
		double seconds = (System.nanoTime() - started) / 1e9;
		return ("generated in this run: %,d accounts, %,d contacts, %,d interactions and %,d users in %.1f s "
				+ "(%,.0f accounts/s, with migrations, index builds and VACUUM ANALYZE)").formatted(scale.accounts(),
						scale.contacts(), scale.interactions(), scale.reps, seconds, scale.accounts() / seconds);
	}

	/** Adds the sales data to a data set made before the generator had it, without generating the rest again. */
	private String addSalesData() throws Exception {
		long started = System.nanoTime();
		// the sales tables come with migrations newer than such a data set
		database.migrate();
		String written;
		try (Connection connection = database.connect()) {
			written = new SalesData(database, scale).write(connection);
			connection.setAutoCommit(true);
			connection.createStatement()
				.execute("vacuum analyze platform_user, sales_opportunity, sales_stage_change, sales_opportunity_contact, "
						+ "sales_opportunity_member, sales_competitor");
		}
		return "; added the sales data in this run: %s in %.1f s".formatted(written,
				(System.nanoTime() - started) / 1e9);
	}

	/**
	 * The half-hourly count of the quality figures reads every record (seconds at the
	 * large scale). The server runs it at start, and the measurements begin after it, so
	 * that it does not fall into some rows and not others.
	 */
	private String awaitQualitySnapshot(Instant started) {
		Awaitility.await("the quality snapshot (see target/bench-server.log)")
			.atMost(Duration.ofMinutes(10))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> snapshotAfter(started));
		double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
		return "the half-hourly quality snapshot ran first, done %.0f s after the server's start".formatted(seconds);
	}

	private boolean snapshotAfter(Instant started) throws SQLException {
		try (Connection connection = database.connect();
				PreparedStatement statement = connection
					.prepareStatement("select count(*) from customer_quality_snapshot where counted_at > ?")) {
			statement.setTimestamp(1, Timestamp.from(started));
			try (ResultSet result = statement.executeQuery()) {
				return result.next() && result.getLong(1) > 0;
			}
		}
	}

	/**
	 * Earlier runs left deleted rows behind (the import's and the created accounts). A
	 * live database's autovacuum clears them; without it an index-only scan visits the
	 * table for every dead entry.
	 */
	private void vacuum() throws SQLException {
		try (Connection connection = database.connect()) {
			connection.setAutoCommit(true);
			connection.createStatement()
				.execute("vacuum analyze customer_account, customer_account_aud, customer_contact, "
						+ "customer_account_contact, customer_interaction");
		}
	}

	private Process startServer(Path jar, int port) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		ProcessBuilder builder = new ProcessBuilder(java, "-Xmx1g", "-jar", jar.toString(),
				"--guanxi.quality.snapshot-first=PT1S");
		builder.environment()
			.putAll(Map.of("PORT", String.valueOf(port), "GUANXI_DB_URL", database.url(), "GUANXI_DB_USER",
					database.user(), "GUANXI_DB_PASSWORD", database.password(), "GUANXI_SECURE_COOKIES", "false"));
		Files.createDirectories(Path.of("target"));
		builder.redirectErrorStream(true).redirectOutput(Path.of("target", "bench-server.log").toFile());
		return builder.start();
	}

	private Results.Memory memory(Process server, GuanxiClient client, Fixture fixture) throws Exception {
		String heap = client.api(DataGenerator.tokenOf(DataGenerator.admin()),
				"/actuator/metrics/jvm.memory.used?tag=area:heap");
		Matcher value = Pattern.compile("\"value\":([0-9.E+]+)").matcher(heap);
		double heapBytes = value.find() ? Double.parseDouble(value.group(1)) : Double.NaN;
		String status = Files.readString(Path.of("/proc", String.valueOf(server.pid()), "status"));
		Matcher rss = Pattern.compile("VmRSS:\\s+(\\d+) kB").matcher(status);
		long rssKb = rss.find() ? Long.parseLong(rss.group(1)) : -1;
		return new Results.Memory(heapBytes / (1024 * 1024), rssKb / 1024.0);
	}

	/** The server's version and the settings that decide whether a read comes from memory. */
	private String postgresVersion() throws SQLException {
		try (Connection connection = database.connect();
				ResultSet result = connection.createStatement()
					.executeQuery("select current_setting('server_version'), current_setting('shared_buffers'), "
							+ "current_setting('effective_cache_size'), current_setting('random_page_cost'), "
							+ "current_setting('max_wal_size'), current_setting('wal_compression')")) {
			result.next();
			return "%s (shared_buffers %s, effective_cache_size %s, random_page_cost %s, max_wal_size %s, wal_compression %s)"
				.formatted(result.getString(1), result.getString(2), result.getString(3), result.getString(4),
						result.getString(5), result.getString(6));
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** What the calls pick from: ids the users may see, and filter and search terms that occur. */
	record Fixture(List<Long> repAccounts, List<Long> teamAccounts, List<Long> managerScope, List<ListFilter> filters,
			List<String> searches, GraphFixture graph, SalesFixture sales) {

		static boolean hasScale(BenchDatabase database, Scale scale) throws SQLException {
			try (Connection connection = database.connect();
					ResultSet result = connection.createStatement()
						.executeQuery("select (select count(*) from customer_account where name not like 'Bench %'), "
								+ "(select count(*) from customer_contact where search_terms is not null), "
								+ "(select count(*) from customer_interaction where source = 'customer' and channel <> 'SYSTEM'), "
								+ "(select count(*) from (select 1 from relationship_user_tie limit 1) any_tie)")) {
				result.next();
				return result.getLong(1) == scale.accounts() && result.getLong(2) == scale.contacts()
						&& result.getLong(3) == scale.interactions() && result.getLong(4) > 0;
			}
			catch (SQLException ex) {
				return false;
			}
		}

		static Fixture load(BenchDatabase database, Scale scale) throws SQLException {
			try (Connection connection = database.connect()) {
				long rep = ids(connection, "select id from platform_user where username = ?", DataGenerator.rep(1)).get(0);
				long manager = ids(connection, "select id from platform_user where username = ?", DataGenerator.manager(1))
					.get(0);
				List<Long> scope = new ArrayList<>(
						ids(connection, "select id from platform_user where manager_id = ?", manager));
				scope.add(manager);
				String in = scope.stream().map(String::valueOf).collect(Collectors.joining(","));
				List<Long> repAccounts = ids(connection, "select id from customer_account where owner_id = ? limit 5000", rep);
				List<Long> teamAccounts = ids(connection,
						"select id from customer_account where owner_id in (" + in + ") limit 5000", null);
				return new Fixture(repAccounts, teamAccounts, scope, ListFilter.ALL, searches(connection, in),
						GraphFixture.load(connection, in, scale), SalesFixture.load(connection));
			}
		}

		long anyRepAccount() {
			return any(repAccounts);
		}

		long anyTeamAccount() {
			return any(teamAccounts);
		}

		ListFilter anyFilter() {
			return any(filters);
		}

		String anySearch() {
			return any(searches);
		}

		/** What people type into the search box, taken from records the manager's team owns. */
		private static List<String> searches(Connection connection, String scope) throws SQLException {
			List<String> searches = new ArrayList<>();
			for (String name : strings(connection, "select name from customer_account where owner_id in (" + scope
					+ ") and name !~ '^[A-Za-z]' order by id limit 100")) {
				searches.add(name.substring(2, 4));
			}
			for (String name : strings(connection, "select name from customer_account where owner_id in (" + scope
					+ ") and name ~ '^[A-Za-z]' order by id limit 100")) {
				String word = name.substring(0, name.indexOf(' '));
				searches.add(word.substring(0, 3) + word.substring(4));
			}
			List<String> mobiles = strings(connection, "select mobile_e164 from customer_contact where owner_id in ("
					+ scope + ") order by id limit 200");
			for (int i = 0; i < mobiles.size(); i++) {
				String digits = mobiles.get(i).substring(3);
				searches.add(i % 2 == 0 ? digits.substring(7)
						: digits.substring(0, 3) + "-" + digits.substring(3, 7) + "-" + digits.substring(7));
			}
			searches.addAll(strings(connection,
					"select email from customer_contact where owner_id in (" + scope + ") order by id limit 100"));
			searches.addAll(strings(connection, "select full_name from customer_contact where owner_id in (" + scope
					+ ") and full_name !~ '^[A-Za-z]' order by id limit 100"));
			return List.copyOf(searches);
		}

		private static <T> T any(List<T> values) {
			return values.get(ThreadLocalRandom.current().nextInt(values.size()));
		}

		private static List<Long> ids(Connection connection, String sql, Object parameter) throws SQLException {
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				if (parameter != null) {
					statement.setObject(1, parameter);
				}
				List<Long> ids = new ArrayList<>();
				try (ResultSet result = statement.executeQuery()) {
					while (result.next()) {
						ids.add(result.getLong(1));
					}
				}
				return ids;
			}
		}

		private static List<String> strings(Connection connection, String sql) throws SQLException {
			List<String> values = new ArrayList<>();
			try (ResultSet result = connection.createStatement().executeQuery(sql)) {
				while (result.next()) {
					values.add(result.getString(1));
				}
			}
			return values;
		}

	}

}
