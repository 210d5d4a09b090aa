package io.guanxi.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import io.guanxi.customer.CompanySize;
import io.guanxi.customer.CustomerSource;
import io.guanxi.customer.Industry;
import io.guanxi.customer.LifecycleStage;
import io.guanxi.customer.SearchTerms;
import io.guanxi.customer.Tier;
import io.guanxi.platform.security.Sha256;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Fills a database with reproducible CRM data (seeded random) at a chosen scale, replacing what
 * was there: users in teams under managers, accounts with Chinese and English company names and a profile, and
 * three contacts per account (Chinese and Western names, mobile numbers, e-mail), with their search terms, and
 * interactions with them over the years ({@link Timelines}); then the customers' own relationships: org charts
 * over time ({@link OrgCharts}, {@link BigAccounts}), links between companies ({@link CorporateGroups}), ties
 * between people ({@link Acquaintances}) and our users' ties to contacts ({@link KnownContacts}). See
 * {@link Scale} for the sizes. PostgreSQL is loaded with COPY, H2 with JDBC batches; never one ORM save per row.
 * At the end the org data is checked against the application's rules ({@link OrgDataCheck}).
 */
public final class DataGenerator {

	static final String PASSWORD = "bench-password";

	static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

	private static final int REPS_PER_TEAM = 20;

	static final int CONTACTS_PER_ACCOUNT = 3;

	/** The team whose manager the benchmark signs in as: its data is made to be found. */
	static final int BENCH_TEAM = 1;

	/**
	 * The reps of the sales manager ({@link #salesManager()}), whose pipeline and forecast the sales rows measure.
	 */
	static final int SALES_TEAM_REPS = 50;

	/** Contacts at the benchmark team's accounts that none of its users knows, reachable over a few people. */
	private static final int WARM_PATH_TARGETS = 20;

	private static final String[] MOBILE_PREFIXES = { "138", "139", "135", "136", "150", "151", "186", "188", "177",
			"199" };

	static final String[] JOB_TITLES = { "总经理", "采购经理", "技术总监", "财务经理", "销售总监", "IT Manager",
			"Purchasing Manager", "CTO" };

	private final BenchDatabase database;

	private final Scale scale;

	private final Random random = new Random(20261123);

	private Population population;

	private BigAccounts bigAccounts;

	private int[] formerColleagues;

	private final StringBuilder summary = new StringBuilder();

	DataGenerator(BenchDatabase database, Scale scale) {
		this.database = database;
		this.scale = scale;
	}

	public static void main(String[] args) throws Exception {
		Scale scale = Scale.fromSystemProperty();
		long started = System.nanoTime();
		DataGenerator generator = new DataGenerator(BenchDatabase.fromEnvironment(), scale);
		generator.generate();
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("Generated %s: %,d accounts, %,d contacts, %,d interactions, %,d reps; %s in %.1f s (%,.0f accounts/s)%n",
				scale, scale.accounts(), scale.contacts(), scale.interactions(), scale.reps, generator.summary(), seconds,
				scale.accounts() / seconds);
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

	/** The sales manager of {@value #SALES_TEAM_REPS} reps ({@link SalesData}). */
	static String salesManager() {
		return "bench-sales-manager";
	}

	/**
	 * The reps the sales manager leads: whole teams after the benchmark's team ({@link #BENCH_TEAM}), in team
	 * order, then part of the next one; so the other rows' manager keeps its 20 reps.
	 */
	static List<String> salesTeamReps(Scale scale) {
		int teams = Math.max(1, scale.reps / REPS_PER_TEAM);
		List<String> reps = new java.util.ArrayList<>();
		for (int team = BENCH_TEAM + 1; team <= teams && reps.size() < SALES_TEAM_REPS; team++) {
			for (int rep = team; rep <= scale.reps && reps.size() < SALES_TEAM_REPS; rep += teams) {
				reps.add(rep(rep));
			}
		}
		return reps;
	}

	/** Each benchmark user's API token; only its hash is stored, as the application does. */
	static String tokenOf(String username) {
		return "gx_bench-" + username;
	}

	/** What the relationship and sales parts of the last generation wrote. */
	String summary() {
		return summary.toString();
	}

	void generate() throws SQLException, IOException {
		database.migrate();
		try (Connection connection = database.connect()) {
			connection.setAutoCommit(false);
			wipe(connection);
			insertPeople(connection);
			insertCustomers(connection);
			restartSequence(connection, "platform_team_seq");
			restartSequence(connection, "platform_user_seq");
			restartSequence(connection, "platform_api_token_seq");
			restartSequence(connection, "customer_account_seq");
			restartSequence(connection, "customer_contact_seq");
			restartSequence(connection, "customer_interaction_seq");
			for (String table : RELATIONSHIP_TABLES) {
				restartSequence(connection, table + "_seq");
			}
			connection.commit();
			summary.append("; ").append(new SalesData(database, scale).write(connection));
			if (database.isPostgres()) {
				connection.setAutoCommit(true);
				phase("vacuum analyze", () -> execute(connection, "vacuum analyze"));
			}
			phase("check org rules", () -> System.out.println("  " + new OrgDataCheck(connection).run()));
		}
	}

	/** The relationship module's tables, each with a sequence of its name. */
	private static final List<String> RELATIONSHIP_TABLES = List.of("relationship_personnel_change",
			"relationship_position", "relationship_department", "relationship_company_link", "relationship_person_tie",
			"relationship_user_tie");

	private void wipe(Connection connection) throws SQLException {
		List<String> tables = new java.util.ArrayList<>(RELATIONSHIP_TABLES);
		tables.addAll(List.of("platform_notification", "customer_interaction_user", "customer_interaction_contact",
				"customer_interaction", "customer_account_contact", "customer_contact_aud", "customer_contact",
				"customer_account_aud", "customer_account", "platform_api_token",
				"platform_idempotency_key", "platform_user_aud", "platform_team_aud", "platform_revision",
				"platform_user", "platform_team", "event_publication"));
		if (database.isPostgres()) {
			execute(connection, "truncate customer_search_word, " + String.join(", ", tables) + " cascade");
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

	/**
	 * Accounts with a realistic profile, each with {@value #CONTACTS_PER_ACCOUNT} contacts owned by the account's
	 * owner, and their search terms computed as the application computes them; then the accounts' timelines. On
	 * PostgreSQL the secondary indexes are dropped for the load and built afterwards, and foreign keys are not
	 * checked row by row (the generator makes them consistent); both happen inside the transaction.
	 */
	private void insertCustomers(Connection connection) throws SQLException, IOException {
		List<String> indexes = database.isPostgres() ? dropIndexes(connection, CUSTOMER_TABLES) : List.of();
		execute(connection, database.isPostgres() ? "set local session_replication_role = replica"
				: "set referential_integrity false");
		boolean postgres = database.isPostgres();
		Timelines timelines = new Timelines(scale.accounts(), scale.interactionsPerAccount(), CONTACTS_PER_ACCOUNT);
		phase("accounts and contacts", () -> insertAccountsAndContacts(connection, timelines));
		phase("interactions", () -> timelines.write(connection, postgres));
		phase("org charts", () -> writeOrgCharts(connection));
		phase("company links", () -> {
			long links = new CorporateGroups(population).write(connection, postgres,
					Math.max(2, scale.accounts() / 50_000), Math.max(10, Math.min(scale.accounts() / 100, 1_000)));
			summary.append(String.format(", %,d company links", links));
		});
		KnownContacts known = new KnownContacts(population);
		phase("user ties", () -> summary.append(String.format(", %,d user ties", known.write(connection, postgres))));
		phase("person ties", () -> summary.append(String.format(", %,d person ties", new Acquaintances(population)
			.write(connection, postgres, scale, formerColleagues, known, WARM_PATH_TARGETS))));
		if (postgres) {
			phase("indexes", () -> {
				execute(connection, "set local maintenance_work_mem = '1GB'");
				for (String index : indexes) {
					execute(connection, index);
				}
			});
			// The trigger that keeps the typo dictionary does not fire while the load skips triggers.
			phase("search words", () -> execute(connection, """
					insert into customer_search_word (word)
					select distinct term from (select unnest(search_terms) as term from customer_account
					    union all select unnest(search_terms) from customer_contact) terms
					where term ~ '^[a-z]{4,40}$' on conflict do nothing
					"""));
		}
		else {
			execute(connection, "set referential_integrity true");
		}
	}

	private void insertAccountsAndContacts(Connection connection, Timelines timelines)
			throws SQLException, IOException {
		boolean postgres = database.isPostgres();
		int teams = Math.max(1, scale.reps / REPS_PER_TEAM);
		int[] big = bigAccountIds();
		population = new Population(scale.accounts(), scale.reps, teams, big, scale.extraPeoplePerBigAccount());
		Names.Company[] bigCompanies = new Names.Company[big.length];
		Instant[] bigCreated = new Instant[big.length];
		try (TableWriter accounts = new TableWriter(connection, postgres, "customer_account", "id", "name", "kind",
				"industry", "size_band", "country", "city", "phone", "phone_e164", "email", "website", "source", "tier",
				"lifecycle_stage", "status", "owner_id", "version", "created_at", "updated_at", "search_terms");
				TableWriter contacts = new TableWriter(connection, postgres, "customer_contact", "id", "family_name",
						"given_name", "full_name", "alternate_name", "job_title", "mobile", "mobile_e164", "email",
						"owner_id", "version", "created_at", "updated_at", "search_terms");
				TableWriter links = new TableWriter(connection, postgres, "customer_account_contact", "account_id",
						"contact_id", "job_title", "is_primary", "created_at")) {
			long contactId = 0;
			for (int id = 1; id <= scale.accounts(); id++) {
				Instant created = createdAt();
				long owner = ownerOf(id);
				int bigIndex = indexOf(big, id);
				if (bigIndex >= 0) {
					owner = bigAccountOwner(bigIndex, owner, teams);
				}
				Names.Company company = Names.company(random, id);
				String local = String.format("%04d %04d", random.nextInt(2000, 9000), random.nextInt(10_000));
				String phone = "0" + company.areaCode() + "-" + local;
				String phoneE164 = "+86" + company.areaCode() + local.replace(" ", "");
				accounts.add(id, company.name(), "COMPANY", pick(Industry.values()).name(),
						pick(CompanySize.values()).name(), "CN", company.city(), phone, phoneE164,
						"info@" + company.domain(), "www." + company.domain(), pick(CustomerSource.values()).name(),
						pick(Tier.values()).name(), pick(LifecycleStage.values()).name(),
						random.nextInt(10) == 0 ? "INACTIVE" : "ACTIVE", owner, 0, created, updatedAt(created),
						SearchTerms.of(company.name(), null, phone, phoneE164));
				timelines.account(id, owner, company.name(), contactId + 1, created);
				population.account(id, owner,
						Character.UnicodeScript.of(company.name().codePointAt(0)) == Character.UnicodeScript.HAN);
				if (bigIndex >= 0) {
					bigCompanies[bigIndex] = company;
					bigCreated[bigIndex] = created;
				}
				for (int c = 0; c < CONTACTS_PER_ACCOUNT; c++) {
					contactId++;
					contact(contacts, links, contactId, id, owner, company, created, null, c == 0);
				}
			}
			bigAccounts = new BigAccounts(population, scale.bigAccountPeople());
			for (int k = 0; k < big.length; k++) {
				for (int i = CONTACTS_PER_ACCOUNT; i < scale.bigAccountPeople(); i++) {
					contactId++;
					contact(contacts, links, contactId, big[k], population.owner(big[k]), bigCompanies[k],
							bigCreated[k], bigAccounts.title(k, i), false);
				}
			}
		}
	}

	/**
	 * A contact of the account, owned by its owner, with a Chinese or Western name; with one of the
	 * {@link #JOB_TITLES} when {@code title} is null.
	 */
	private void contact(TableWriter contacts, TableWriter links, long contactId, int account, long owner,
			Names.Company company, Instant created, String title, boolean primary) throws SQLException, IOException {
		Names.Person person = Names.contact(random);
		String mobileDigits = MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)]
				+ String.format("%08d", random.nextInt(100_000_000));
		String mobile = mobileDigits.substring(0, 3) + " " + mobileDigits.substring(3, 7) + " "
				+ mobileDigits.substring(7);
		if (title == null) {
			int index = random.nextInt(JOB_TITLES.length);
			population.contactTitle(contactId, index);
			title = JOB_TITLES[index];
		}
		contacts.add(contactId, person.family(), person.given(), person.fullName(), person.alternateName(), title,
				mobile, "+86" + mobileDigits, person.emailName() + contactId + "@" + company.domain(), owner, 0, created,
				updatedAt(created), SearchTerms.of(person.fullName(), person.alternateName(), mobile,
						"+86" + mobileDigits, null, null));
		links.add((long) account, contactId, title, primary, created);
	}

	/**
	 * The big accounts, spread over the ids. Every fourth is owned by a rep of the benchmark's team, so that its
	 * manager sees some of them and not the others.
	 */
	private int[] bigAccountIds() {
		int count = scale.bigAccounts();
		int[] ids = new int[count];
		for (int k = 0; k < count; k++) {
			ids[k] = (int) (1 + (long) scale.accounts() * (2L * k + 1) / (2L * count));
		}
		return ids;
	}

	private long bigAccountOwner(int index, long owner, int teams) {
		if (index % 4 != 0) {
			return owner;
		}
		int teamReps = (scale.reps - BENCH_TEAM) / teams + 1;
		return repId(BENCH_TEAM + (index / 4 % teamReps) * teams);
	}

	private static int indexOf(int[] values, int value) {
		for (int i = 0; i < values.length; i++) {
			if (values[i] == value) {
				return i;
			}
		}
		return -1;
	}

	/** The org charts of all accounts; the leavers' former colleagues are kept for their ties. */
	private void writeOrgCharts(Connection connection) throws SQLException, IOException {
		try (OrgWriter writer = new OrgWriter(connection, database.isPostgres())) {
			OrgCharts charts = new OrgCharts(population, writer);
			charts.write(bigAccounts);
			formerColleagues = charts.departures().formerColleagues();
			summary.append(String.format("%,d departments, %,d positions, %,d personnel changes (%d big accounts "
					+ "of %,d people, reporting lines %d levels deep)", writer.departments(), writer.positions(),
					writer.changes(), scale.bigAccounts(), scale.bigAccountPeople(), bigAccounts.deepestLevel() + 1));
		}
	}

	/** The tables whose indexes the load of customers and relationships rebuilds (a condition on t.relname). */
	private static final String CUSTOMER_TABLES = "t.relname in ('customer_account', 'customer_contact', "
			+ "'customer_account_contact', 'customer_interaction', 'customer_interaction_contact') "
			+ "or t.relname like 'relationship\\_%'";

	/**
	 * Drops the secondary indexes of the tables the generator fills (unique ones too, unless a constraint
	 * needs them) and answers the statements that rebuild them. {@code tables} is a condition on {@code t.relname}.
	 */
	static List<String> dropIndexes(Connection connection, String tables) throws SQLException {
		List<String> definitions = new java.util.ArrayList<>();
		List<String> names = new java.util.ArrayList<>();
		try (Statement statement = connection.createStatement();
				var result = statement.executeQuery("""
						select i.relname, pg_get_indexdef(i.oid) from pg_index x
						join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
						where (%s)
						and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid)
						and t.relnamespace = to_regnamespace(current_schema())
						""".formatted(tables))) {
			while (result.next()) {
				names.add(result.getString(1));
				definitions.add(result.getString(2));
			}
		}
		for (String name : names) {
			execute(connection, "drop index " + name);
		}
		return definitions;
	}

	/** Runs one step of the generation and says how long it took. */
	static void phase(String name, Step step) throws SQLException, IOException {
		long started = System.nanoTime();
		step.run();
		System.out.printf("  %s: %.1f s%n", name, (System.nanoTime() - started) / 1e9);
	}

	@FunctionalInterface
	interface Step {

		void run() throws SQLException, IOException;

	}

	private <T> T pick(T[] values) {
		return values[random.nextInt(values.length)];
	}

	/**
	 * Accounts are spread over reps unevenly, as in real sales teams: a few reps own many accounts.
	 */
	private long ownerOf(int accountId) {
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
		restartSequence(connection, database.isPostgres(), sequence);
	}

	/** Moves the sequence of a table past its ids, so that the application's inserts do not collide. */
	static void restartSequence(Connection connection, boolean postgres, String sequence) throws SQLException {
		String table = sequence.substring(0, sequence.length() - "_seq".length());
		long next;
		try (Statement statement = connection.createStatement();
				var result = statement.executeQuery("select coalesce(max(id), 0) + 100 from " + table)) {
			result.next();
			next = result.getLong(1);
		}
		execute(connection, postgres ? "select setval('" + sequence + "', " + next + ")"
				: "alter sequence " + sequence + " restart with " + next);
	}

	static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
