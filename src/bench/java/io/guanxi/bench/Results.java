package io.guanxi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes benchmarks/RESULTS.md: the machine, the data, a table per operation and the memory. */
final class Results {

	/** A measurement; one without figures (guanxi null) says in {@code what} why it was not measured. */
	record Row(String operation, String what, int clients, Measurement.Stats guanxi, Measurement.Stats raw) {
	}

	record Memory(double heapMb, double residentMb) {
	}

	private Results() {
	}

	static void write(Path file, Scale scale, String generation, String postgres, Measurement measurement,
			List<Row> rows, Memory memory)
			throws IOException {
		StringBuilder md = new StringBuilder("# Guanxi benchmark results\n\n");
		md.append("Written by `mvn -P bench verify -DskipTests` (see README). Do not edit by hand.\n\n");
		md.append("- Run: ")
			.append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
			.append('\n');
		md.append("- Machine: ")
			.append(Runtime.getRuntime().availableProcessors())
			.append(" cores, ")
			.append(memoryGib())
			.append(" GiB memory, JDK ")
			.append(System.getProperty("java.vendor"))
			.append(' ')
			.append(System.getProperty("java.version"))
			.append(", PostgreSQL ")
			.append(postgres)
			.append("; the server runs with -Xmx1g, the load from the same machine\n");
		md.append(String.format(Locale.ROOT, "- Data: scale `%s`, %,d accounts, %,d contacts (%d per account; %d big accounts have %,d people each) and %,d interactions (%d per account, over five years), %,d sales reps in teams of 20 under a manager (%d of other teams than the first under a sales manager instead); %s%n",
				scale.name().toLowerCase(Locale.ROOT), scale.accounts(), scale.contacts(), DataGenerator.CONTACTS_PER_ACCOUNT,
				scale.bigAccounts(), scale.bigAccountPeople(),
				scale.interactions(), scale.interactionsPerAccount(), scale.reps, DataGenerator.SALES_TEAM_REPS,
				generation));
		md.append("- Method: 30 s of every read at 8 clients to warm the server up, then per operation closed-loop clients "
				+ "(JDK HttpClient, keep-alive), latency in HdrHistogram; "
				+ measurement.describe() + " per row. Raw SQL is the same query over plain JDBC in the same run with the same number of clients; "
				+ "ratio = Guanxi / raw SQL at the same percentile.\n\n");
		Map<String, List<Row>> byOperation = new LinkedHashMap<>();
		rows.forEach(row -> byOperation.computeIfAbsent(row.operation(), key -> new java.util.ArrayList<>()).add(row));
		byOperation.forEach((operation, operationRows) -> {
			md.append("## ").append(operation).append("\n\n").append(operationRows.get(0).what()).append("\n\n");
			if (operationRows.get(0).guanxi() == null && operationRows.get(0).raw() == null) {
				return;
			}
			md.append("| clients | p50 ms | p95 ms | p99 ms | req/s | raw p50 ms | raw p95 ms | raw req/s | ratio p50 | ratio p95 |\n");
			md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
			for (Row row : operationRows) {
				Measurement.Stats g = row.guanxi();
				Measurement.Stats r = row.raw();
				boolean both = g != null && r != null;
				md.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
						row.clients(), g == null ? "—" : fmt(g.p50()), g == null ? "—" : fmt(g.p95()),
						g == null ? "—" : fmt(g.p99()), g == null ? "—" : String.format(Locale.ROOT, "%,.0f", g.throughput()),
						r == null ? "—" : fmt(r.p50()), r == null ? "—" : fmt(r.p95()),
						r == null ? "—" : String.format(Locale.ROOT, "%,.0f", r.throughput()),
						both ? ratio(g.p50(), r.p50()) : "—", both ? ratio(g.p95(), r.p95()) : "—"));
			}
			md.append('\n');
		});
		md.append("## Memory\n\n| heap used after the run | resident memory (RSS) |\n|---:|---:|\n");
		md.append(String.format(Locale.ROOT, "| %.0f MiB | %.0f MiB |%n", memory.heapMb(), memory.residentMb()));
		Files.createDirectories(file.getParent());
		Files.writeString(file, md.toString());
	}

	private static String fmt(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

	private static String ratio(double guanxi, double raw) {
		return raw <= 0 ? "—" : String.format(Locale.ROOT, "%.1f×", guanxi / raw);
	}

	private static String memoryGib() {
		try {
			String line = Files.readAllLines(Path.of("/proc/meminfo")).get(0);
			long kb = Long.parseLong(line.replaceAll("\\D", ""));
			return String.format(Locale.ROOT, "%.1f", kb / 1024.0 / 1024.0);
		}
		catch (IOException | RuntimeException ex) {
			return "?";
		}
	}

}
