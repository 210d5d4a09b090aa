package io.guanxi.customer.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.guanxi.customer.DuplicateReason;
import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.customer.ProfileTables;
import io.guanxi.platform.AccessScope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The table of likely duplicate pairs ({@code customer_duplicate_pair}) that the scan
 * fills and the quality page lists, with the pairs people dismissed as "not a duplicate".
 * A pair is stored with the smaller id on the left.
 */
@Component
public class DuplicatePairs {

	private static final int BATCH = 1000;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final Clock clock;

	DuplicatePairs(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
		this.jdbc = jdbc;
		this.template = template;
		this.clock = clock;
	}

	/** The ids that were dismissed as duplicates of {@code id}. */
	public Set<Long> dismissedWith(Subject subject, long id) {
		return new HashSet<>(jdbc.sql("""
				select case when left_id = :id then right_id else left_id end from customer_duplicate_pair
				where record_type = :type and dismissed and (left_id = :id or right_id = :id)""")
			.param("type", subject.name())
			.param("id", id)
			.query(Long.class)
			.list());
	}

	/**
	 * Remembers that two records are not duplicates, whether the scan found them or not.
	 */
	public void dismiss(Subject subject, long oneId, long otherId, DuplicateReason reason, double score, long userId) {
		long left = Math.min(oneId, otherId);
		long right = Math.max(oneId, otherId);
		var now = clock.instant().atOffset(ZoneOffset.UTC);
		int changed = jdbc.sql("""
				update customer_duplicate_pair set dismissed = true, dismissed_by = :user, dismissed_at = :now
				where record_type = :type and left_id = :left and right_id = :right""")
			.param("user", userId)
			.param("now", now)
			.param("type", subject.name())
			.param("left", left)
			.param("right", right)
			.update();
		if (changed == 0) {
			jdbc.sql(
					"""
							insert into customer_duplicate_pair
							    (id, record_type, left_id, right_id, reason, score, found_at, dismissed, dismissed_by, dismissed_at)
							values (nextval('customer_duplicate_pair_seq'), :type, :left, :right, :reason, :score, :now, true,
							    :user, :now)""")
				.param("type", subject.name())
				.param("left", left)
				.param("right", right)
				.param("reason", reason.name())
				.param("score", score(score))
				.param("now", now)
				.param("user", userId)
				.update();
		}
	}

	public Optional<StoredPair> find(long pairId) {
		return jdbc
			.sql("select id, record_type, left_id, right_id, reason, score, dismissed from customer_duplicate_pair"
					+ " where id = :id")
			.param("id", pairId)
			.query((rs, row) -> new StoredPair(rs.getLong(1), Subject.valueOf(rs.getString(2)), rs.getLong(3),
					rs.getLong(4), DuplicateReason.valueOf(rs.getString(5)), rs.getDouble(6), rs.getBoolean(7)))
			.optional();
	}

	/**
	 * The open (not dismissed) pairs whose two records the caller may see, newest first,
	 * after {@code beforeId} (keyset paging), optionally of one owner (the left
	 * record's).
	 */
	public List<ListedPair> open(Subject subject, AccessScope scope, @Nullable Long ownerId, @Nullable Long beforeId,
			int limit) {
		ProfileTables tables = ProfileTables.of(subject);
		String name = subject == Subject.ACCOUNT ? "name" : "full_name";
		Map<String, Object> parameters = new HashMap<>(scope.ownerParameters());
		parameters.put("type", subject.name());
		parameters.put("owner", ownerId == null ? -1 : ownerId);
		parameters.put("before", beforeId == null ? Long.MAX_VALUE : beforeId);
		return jdbc
			.sql("""
					select p.id, p.left_id, l.%2$s, p.right_id, r.%2$s, p.reason, p.score, p.found_at, l.owner_id
					from customer_duplicate_pair p
					join %1$s l on l.id = p.left_id
					join %1$s r on r.id = p.right_id
					where p.record_type = :type and not p.dismissed and p.id < :before and %3$s and %4$s
					  and (:owner = -1 or l.owner_id = :owner)
					order by p.id desc limit %5$d""".formatted(tables.records(), name,
					scope.ownerCondition("l.owner_id"), scope.ownerCondition("r.owner_id"), limit))
			.params(parameters)
			.query((rs, row) -> new ListedPair(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
					rs.getString(5), DuplicateReason.valueOf(rs.getString(6)), rs.getDouble(7),
					rs.getObject(8, OffsetDateTime.class).toInstant(), rs.getLong(9)))
			.list();
	}

	/**
	 * Open pairs whose two records the caller may see, counted by the left record's
	 * owner.
	 */
	public Map<Long, Long> openCountsByOwner(Subject subject, AccessScope scope) {
		ProfileTables tables = ProfileTables.of(subject);
		Map<String, Object> parameters = new HashMap<>(scope.ownerParameters());
		parameters.put("type", subject.name());
		Map<Long, Long> counts = new LinkedHashMap<>();
		jdbc.sql("""
				select l.owner_id, count(*) from customer_duplicate_pair p
				join %1$s l on l.id = p.left_id
				join %1$s r on r.id = p.right_id
				where p.record_type = :type and not p.dismissed and %2$s and %3$s
				group by l.owner_id""".formatted(tables.records(), scope.ownerCondition("l.owner_id"),
				scope.ownerCondition("r.owner_id")))
			.params(parameters)
			.query(rs -> {
				counts.put(rs.getLong(1), rs.getLong(2));
			});
		return counts;
	}

	/** Forgets every pair with a record that is gone (merged into another one). */
	public void forget(Subject subject, long id) {
		jdbc.sql("delete from customer_duplicate_pair where record_type = :type and (left_id = :id or right_id = :id)")
			.param("type", subject.name())
			.param("id", id)
			.update();
	}

	/**
	 * Replaces the open pairs of a subject with those the scan found, leaving out the
	 * dismissed ones, and forgets dismissals of records that are gone.
	 */
	public int replace(Subject subject, Map<PairKey, FoundPair> found) {
		ProfileTables tables = ProfileTables.of(subject);
		jdbc.sql("delete from customer_duplicate_pair where record_type = :type and not dismissed")
			.param("type", subject.name())
			.update();
		jdbc.sql("""
				delete from customer_duplicate_pair where record_type = :type
				and (not exists (select 1 from %1$s l where l.id = left_id)
				     or not exists (select 1 from %1$s r where r.id = right_id))""".formatted(tables.records()))
			.param("type", subject.name())
			.update();
		Set<PairKey> dismissed = new HashSet<>();
		jdbc.sql("select left_id, right_id from customer_duplicate_pair where record_type = :type and dismissed")
			.param("type", subject.name())
			.query(rs -> {
				dismissed.add(new PairKey(rs.getLong(1), rs.getLong(2)));
			});
		Timestamp now = Timestamp.from(clock.instant());
		List<Object[]> rows = new ArrayList<>();
		found.forEach((key, pair) -> {
			if (!dismissed.contains(key)) {
				rows.add(new Object[] { subject.name(), key.left(), key.right(), pair.reason().name(),
						score(pair.score()), now });
			}
		});
		for (int from = 0; from < rows.size(); from += BATCH) {
			template.batchUpdate("""
					insert into customer_duplicate_pair (id, record_type, left_id, right_id, reason, score, found_at)
					values (nextval('customer_duplicate_pair_seq'), ?, ?, ?, ?, ?, ?)""",
					rows.subList(from, Math.min(rows.size(), from + BATCH)));
		}
		return rows.size();
	}

	private static BigDecimal score(double score) {
		return BigDecimal.valueOf(score).setScale(4, RoundingMode.HALF_UP);
	}

	/** Two record ids, the smaller one left. */
	public record PairKey(long left, long right) {

		public static PairKey of(long one, long other) {
			return new PairKey(Math.min(one, other), Math.max(one, other));
		}

	}

	/** Why the scan paired two records. */
	public record FoundPair(DuplicateReason reason, double score) {

		/** The stronger of two findings: exact keys before names, then the score. */
		FoundPair or(FoundPair other) {
			if (reason != other.reason) {
				return reason.compareTo(other.reason) < 0 ? this : other;
			}
			return score >= other.score ? this : other;
		}

	}

	public record StoredPair(long id, Subject subject, long leftId, long rightId, DuplicateReason reason, double score,
			boolean dismissed) {
	}

	public record ListedPair(long id, long leftId, String leftName, long rightId, String rightName,
			DuplicateReason reason, double score, Instant foundAt, long ownerId) {
	}

}
