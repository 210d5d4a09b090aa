package io.guanxi.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;

/**
 * Import throughput: a generated CSV of 100,000 accounts (Chinese and English names, phones,
 * e-mails, industries by their Chinese label, cities, tiers, three bad rows) imported through
 * {@code POST /api/v1/accounts/imports} as a rep, with duplicate detection against the rep's
 * accounts, polled until done. Measured once after a 20,000-row warm-up import; the imported
 * accounts are deleted afterwards so that the data set stays as generated.
 * <p>
 * Runs inside {@link BenchmarkRunner}, or on its own against a running server:
 * {@code mvn -P bench test-compile exec:java -Dexec.mainClass=io.guanxi.bench.ImportBenchmark -Dexec.classpathScope=test -Dbench.port=8080}.
 */
final class ImportBenchmark {

	static final int ROWS = 100_000;

	static final int WARM_UP_ROWS = 20_000;

	static final String PREFIX = "Bench import ";

	private static final String[] MOBILE_PREFIXES = { "130", "131", "132", "135", "136", "137", "138", "139", "150",
			"151", "158", "159", "186", "187", "188", "189" };

	private static final Pattern STATUS = Pattern.compile("\"status\":\"(\\w+)\"");

	private final int port;

	private final BenchDatabase database;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	ImportBenchmark(int port, BenchDatabase database) {
		this.port = port;
		this.database = database;
	}

	public static void main(String[] args) throws Exception {
		int port = Integer.getInteger("bench.port", 8080);
		Path file = Path.of("benchmarks", "RESULTS.md");
		new ImportBenchmark(port, BenchDatabase.fromEnvironment()).appendTo(file);
		System.out.println(Files.readString(file));
	}

	/** Measures and appends the section to the results file (replacing an earlier one). */
	void appendTo(Path file) throws Exception {
		String section = measure();
		String results = Files.exists(file) ? Files.readString(file) : "# Guanxi benchmark results\n\n";
		int previous = results.indexOf("## Import accounts from CSV");
		if (previous >= 0) {
			int next = results.indexOf("\n## ", previous + 1);
			results = results.substring(0, previous) + (next < 0 ? "" : results.substring(next + 1));
		}
		Files.createDirectories(file.getParent());
		Files.writeString(file, results.stripTrailing() + "\n\n" + section, StandardOpenOption.CREATE,
				StandardOpenOption.TRUNCATE_EXISTING);
	}

	String measure() throws Exception {
		String token = DataGenerator.tokenOf(DataGenerator.rep(1));
		try {
			System.out.println("Import warm-up…");
			run(token, csv(WARM_UP_ROWS, new Random(1)));
			cleanUp();
			System.out.println("Import of " + ROWS + " rows…");
			byte[] csv = csv(ROWS, new Random(20261123));
			Result result = run(token, csv);
			System.out.println("The same rows over plain JDBC…");
			double raw = rawSeconds(csv, true);
			double rawWithoutAudit = rawSeconds(csv, false);
			return """
					## Import accounts from CSV

					POST /api/v1/accounts/imports as a rep: a %,d-row UTF-8 CSV (%.1f MB, 12 columns: names, phones, e-mails, \
					industry and lifecycle by their Chinese labels, …; 3 bad rows), valid rows only, duplicates skipped \
					(checked against the rep's accounts by phone, e-mail and name); all rows in one transaction with \
					their audit rows. Upload → done is what the client sees (upload, parsing, polling every 0.2 s); \
					server is the job's own start-to-end time. Raw SQL writes the same rows and audit rows over plain \
					JDBC (100-row INSERTs, one transaction, rolled back), without reading, validating or looking for \
					duplicates: the floor of this write path on this machine (and without the audit rows, for comparison). \
					Target: at least 20,000 rows/s.

					| rows | created | refused | upload → done s | rows/s | server s | server rows/s | raw SQL rows/s | raw SQL without audit rows/s |
					|---:|---:|---:|---:|---:|---:|---:|---:|---:|
					| %,d | %,d | %d | %.1f | %,.0f | %.1f | %,.0f | %,.0f | %,.0f |
					""".formatted(ROWS, csv.length / 1e6, ROWS, result.created(), result.refused(), result.seconds(),
					ROWS / result.seconds(), result.serverSeconds(), ROWS / result.serverSeconds(), ROWS / raw, ROWS / rawWithoutAudit);
		}
		finally {
			cleanUp();
		}
	}

	private Result run(String token, byte[] csv) throws Exception {
		long started = System.nanoTime();
		String boundary = "bench-" + UUID.randomUUID();
		HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/accounts/imports"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, csv)))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (created.statusCode() != 202) {
			throw new IllegalStateException("Import answered " + created.statusCode() + ": " + created.body());
		}
		String location = created.headers().firstValue("Location").orElseThrow();
		AtomicReference<String> job = new AtomicReference<>("");
		String status = Awaitility.await("import " + location)
			.pollInterval(Duration.ofMillis(200))
			.atMost(Duration.ofMinutes(30))
			.until(() -> {
				job.set(http.send(HttpRequest.newBuilder(URI.create(base() + location))
					.header("Authorization", "Bearer " + token)
					.build(), HttpResponse.BodyHandlers.ofString()).body());
				Matcher matcher = STATUS.matcher(job.get());
				return matcher.find() ? matcher.group(1) : "?";
			}, current -> !current.equals("QUEUED") && !current.equals("RUNNING"));
		String body = job.get();
		double seconds = (System.nanoTime() - started) / 1e9;
		if (!status.equals("DONE")) {
			throw new IllegalStateException("The import ended " + status + ": " + body);
		}
		Instant start = Instant.parse(field(body, "startedAt"));
		Instant end = Instant.parse(field(body, "finishedAt"));
		return new Result(Integer.parseInt(field(body, "created")), Integer.parseInt(field(body, "errorRows")), seconds,
				Duration.between(start, end).toMillis() / 1000.0);
	}

	record Result(int created, int refused, double seconds, double serverSeconds) {
	}

	/** Accounts as a sales team's spreadsheet has them; three rows carry a phone number that is not one. */
	static byte[] csv(int rows, Random random) {
		String[] industries = { "信息技术", "制造业", "零售", "物流", "金融银行", "医疗健康", "Energy", "Education" };
		String[] cities = { "北京市", "上海市", "深圳市", "杭州市", "广州市", "成都市", "苏州市" };
		String[] stages = { "潜在客户", "新客户", "活跃客户", "忠诚客户" };
		String run = Long.toString(random.nextLong() & 0xffffff, 36);
		StringBuilder csv = new StringBuilder(rows * 160);
		csv.append("\uFEFF客户名称,类型,行业,国家,省份,城市,地址,电话,电子邮箱,客户等级,生命周期阶段,备注\n");
		for (int i = 1; i <= rows; i++) {
			String name = PREFIX + Names.company(random, i).name() + " " + run + "-" + i;
			String phone = i % 33_333 == 0 ? "12345"
					: MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)] + String.format("%08d", i);
			csv.append(name.replace(",", " "))
				.append(",企业客户,")
				.append(industries[random.nextInt(industries.length)])
				.append(",CN,广东省,")
				.append(cities[random.nextInt(cities.length)])
				.append(",科技园路")
				.append(random.nextInt(999))
				.append("号,")
				.append(phone)
				.append(",contact")
				.append(i)
				.append('@')
				.append(run)
				.append(".example.com,")
				.append("ABCD".charAt(random.nextInt(4)))
				.append(',')
				.append(stages[random.nextInt(stages.length)])
				.append(",导入的客户\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The write path alone: the file's rows as accounts and audit rows, in one rolled-back transaction. */
	private double rawSeconds(byte[] csv, boolean withAudit) throws Exception {
		String[] lines = new String(csv, StandardCharsets.UTF_8).split("\n");
		String row = "(?, ?, 'COMPANY', ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PROSPECT', 'ACTIVE', ?, ?, 0, now(), now())";
		String insert = "insert into customer_account (id, name, kind, industry, country, region, city, address, phone, "
				+ "phone_e164, email, tier, lifecycle_stage, status, notes, owner_id, version, created_at, updated_at) values "
				+ String.join(", ", java.util.Collections.nCopies(100, row));
		try (Connection connection = database.connect()) {
			connection.setAutoCommit(false);
			long owner;
			long revision;
			try (var statement = connection.createStatement();
					var result = statement.executeQuery("select (select id from platform_user where username = '"
							+ DataGenerator.rep(1) + "'), (select max(id) from platform_revision)")) {
				result.next();
				owner = result.getLong(1);
				revision = result.getLong(2);
			}
			long started = System.nanoTime();
			try (PreparedStatement statement = connection.prepareStatement(insert);
					PreparedStatement audit = connection.prepareStatement(
							"insert into customer_account_aud (id, rev, revtype, name, owner_id, kind, industry, country, "
									+ "region, city, address, phone, phone_e164, email, tier, lifecycle_stage, status, notes) "
									+ "select id, ?, 0, name, owner_id, kind, industry, country, region, city, address, phone, "
									+ "phone_e164, email, tier, lifecycle_stage, status, notes from customer_account "
									+ "where id between ? and ?")) {
				int inStatement = 0;
				for (int i = 1; i < lines.length; i++) {
					String[] cells = lines[i].split(",", -1);
					int p = inStatement * 13;
					long id = 4_000_000_000L + i;
					statement.setLong(p + 1, id);
					statement.setString(p + 2, cells[0]);
					statement.setString(p + 3, "TECHNOLOGY");
					statement.setString(p + 4, cells[3]);
					statement.setString(p + 5, cells[4]);
					statement.setString(p + 6, cells[5]);
					statement.setString(p + 7, cells[6]);
					statement.setString(p + 8, cells[7]);
					statement.setString(p + 9, "+86" + cells[7]);
					statement.setString(p + 10, cells[8]);
					statement.setString(p + 11, cells[9]);
					statement.setString(p + 12, cells[11]);
					statement.setLong(p + 13, owner);
					if (++inStatement == 100) {
						statement.addBatch();
						inStatement = 0;
					}
					if (i % 1_000 == 0) {
						statement.executeBatch();
						if (withAudit) {
							audit.setLong(1, revision);
							audit.setLong(2, 4_000_000_000L + i - 999);
							audit.setLong(3, 4_000_000_000L + i);
							audit.executeUpdate();
						}
					}
				}
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			connection.rollback();
			return seconds;
		}
	}

	private static byte[] multipart(String boundary, byte[] csv) throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream(csv.length + 1024);
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"accounts.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(csv);
		body.write(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"options\"\r\n"
				+ "Content-Type: application/json\r\n\r\n{\"mode\": \"VALID_ROWS_ONLY\", \"duplicates\": \"SKIP\"}\r\n--"
				+ boundary + "--\r\n")
			.getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

	private void cleanUp() throws Exception {
		try (Connection connection = database.connect()) {
			for (String sql : new String[] {
					"delete from customer_account_aud where id in (select id from customer_account where name like ?)",
					"delete from customer_account where name like ?" }) {
				try (PreparedStatement statement = connection.prepareStatement(sql)) {
					statement.setString(1, PREFIX + "%");
					statement.executeUpdate();
				}
			}
			// as autovacuum would soon: the deleted rows' index entries otherwise slow every later read
			connection.createStatement().execute("vacuum analyze customer_account, customer_account_aud");
		}
	}

	private String base() {
		return "http://127.0.0.1:" + port;
	}

	private static String field(String json, String name) {
		Matcher matcher = Pattern.compile("\"" + name + "\":\"?([^\",}]+)").matcher(json);
		if (!matcher.find()) {
			throw new IllegalStateException("No " + name + " in " + json);
		}
		return matcher.group(1).toLowerCase(Locale.ROOT).equals("null") ? "" : matcher.group(1);
	}

}
