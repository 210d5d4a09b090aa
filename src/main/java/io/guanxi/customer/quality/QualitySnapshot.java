package io.guanxi.customer.quality;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.customer.quality.QualityFigures.Counts;
import io.guanxi.platform.AccessScope;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The quality figures of every owner, counted over all records every half hour on one
 * node (ShedLock) and kept in {@code customer_quality_snapshot}. Wide scopes read their
 * figures from here: at a million accounts and three million contacts the full count
 * takes seconds, the sum of the snapshot milliseconds.
 */
@Component
public class QualitySnapshot {

	private static final String RECORDS = "records";

	private static final String FILLED = "filled.";

	private static final List<String> PROBLEMS = List.of("invalidPhones", "invalidEmails", "stale", "duplicates");

	private final QualityFigures figures;

	private final DuplicatePairs pairs;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final TransactionTemplate transaction;

	private final Clock clock;

	QualitySnapshot(QualityFigures figures, DuplicatePairs pairs, JdbcClient jdbc, JdbcTemplate template,
			PlatformTransactionManager transactions, Clock clock) {
		this.figures = figures;
		this.pairs = pairs;
		this.jdbc = jdbc;
		this.template = template;
		this.transaction = new TransactionTemplate(transactions);
		// its own transaction, also when a read-only page asks for it
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Counts the figures of all owners and replaces the snapshot; skipped (null) while
	 * another node or request counts.
	 */
	@Scheduled(fixedDelayString = "${guanxi.quality.snapshot-every:PT30M}",
			initialDelayString = "${guanxi.quality.snapshot-first:PT2M}")
	@SchedulerLock(name = "customer.quality-snapshot", lockAtMostFor = "30m")
	public @Nullable Instant refresh() {
		Instant now = clock.instant();
		Instant staleBefore = QualityFigures.staleBefore(now);
		AccessScope everything = AccessScope.everything(0);
		Map<Subject, Map<Long, Counts>> counted = new LinkedHashMap<>();
		for (Subject subject : Subject.values()) {
			Map<Long, Counts> byOwner = new LinkedHashMap<>(figures.countByOwner(subject, everything, staleBefore));
			pairs.openCountsByOwner(subject, everything)
				.forEach((owner, count) -> byOwner.computeIfPresent(owner,
						(id, counts) -> counts.withDuplicates(count)));
			counted.put(subject, byOwner);
		}
		List<Object[]> rows = new ArrayList<>();
		Timestamp at = Timestamp.from(now);
		counted.forEach((subject, byOwner) -> byOwner.forEach((owner, counts) -> {
			rows.add(new Object[] { subject.name(), owner, RECORDS, counts.records(), at });
			counts.filled()
				.forEach((field, amount) -> rows
					.add(new Object[] { subject.name(), owner, FILLED + field, amount, at }));
			long[] problems = { counts.invalidPhones(), counts.invalidEmails(), counts.stale(), counts.duplicates() };
			for (int i = 0; i < PROBLEMS.size(); i++) {
				rows.add(new Object[] { subject.name(), owner, PROBLEMS.get(i), problems[i], at });
			}
		}));
		transaction.executeWithoutResult(status -> {
			jdbc.sql("delete from customer_quality_snapshot").update();
			for (int from = 0; from < rows.size(); from += 1000) {
				template.batchUpdate("""
						insert into customer_quality_snapshot (record_type, owner_id, figure, amount, counted_at)
						values (?, ?, ?, ?, ?)""", rows.subList(from, Math.min(rows.size(), from + 1000)));
			}
		});
		return now;
	}

	/**
	 * The figures of the owners in the scope, and when they were counted; empty when
	 * nothing was counted yet.
	 */
	public Optional<Snapshot> read(Subject subject, AccessScope scope) {
		Map<String, Object> parameters = new HashMap<>(scope.ownerParameters());
		parameters.put("type", subject.name());
		Map<Long, Map<String, Long>> byOwner = new LinkedHashMap<>();
		OffsetDateTime[] countedAt = { null };
		jdbc.sql(
				"select owner_id, figure, amount, counted_at from customer_quality_snapshot r where record_type = :type"
						+ " and " + scope.ownerCondition("r.owner_id"))
			.params(parameters)
			.query(rs -> {
				byOwner.computeIfAbsent(rs.getLong(1), owner -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
				countedAt[0] = rs.getObject(4, OffsetDateTime.class);
			});
		if (countedAt[0] == null) {
			boolean counted = jdbc.sql("select count(*) from customer_quality_snapshot").query(Long.class).single() > 0;
			return counted ? Optional.of(new Snapshot(countedAtOfAny(), Map.of())) : Optional.empty();
		}
		Map<Long, Counts> counts = new LinkedHashMap<>();
		byOwner.forEach((owner, values) -> {
			Map<String, Long> filled = new LinkedHashMap<>();
			QualityFigures.fields(subject).forEach(field -> filled.put(field, values.getOrDefault(FILLED + field, 0L)));
			counts.put(owner,
					new Counts(values.getOrDefault(RECORDS, 0L), filled, values.getOrDefault("invalidPhones", 0L),
							values.getOrDefault("invalidEmails", 0L), values.getOrDefault("stale", 0L),
							values.getOrDefault("duplicates", 0L)));
		});
		return Optional.of(new Snapshot(Objects.requireNonNull(countedAt[0]).toInstant(), counts));
	}

	private Instant countedAtOfAny() {
		return jdbc.sql("select max(counted_at) from customer_quality_snapshot")
			.query(OffsetDateTime.class)
			.single()
			.toInstant();
	}

	/** Figures per owner, counted at one moment. */
	public record Snapshot(Instant countedAt, Map<Long, Counts> byOwner) {
	}

}
