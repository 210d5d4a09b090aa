package io.guanxi.customer.quality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import io.guanxi.customer.DuplicateReason;
import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.platform.AccessScope;
import io.guanxi.platform.RecordNotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The likely duplicates of one record among those the caller may see, found only through
 * indexes: exact E.164 phone and e-mail lookups; for similar account names the nearest
 * names in alphabetical order in the same city ({@code customer_account_city_name_idx}),
 * whatever the number of accounts there, and the newest accounts of the same city and
 * initial ({@code customer_account_city_initial_idx}), which catch a typo early in a name
 * just entered; for contacts the people at the same accounts. Every query has a LIMIT.
 */
@Component
public class DuplicateFinder {

	/** Candidates read per exact key. */
	static final int EXACT_LIMIT = 50;

	/** Accounts read on each side of the name in alphabetical order. */
	static final int NEAREST_LIMIT = 50;

	/**
	 * Newest accounts of the same city and initial, and colleagues of a contact, read.
	 */
	static final int BLOCK_LIMIT = 300;

	/** Matches answered at most. */
	static final int RESULT_LIMIT = 20;

	private final JdbcClient jdbc;

	private final DuplicatePairs pairs;

	DuplicateFinder(JdbcClient jdbc, DuplicatePairs pairs) {
		this.jdbc = jdbc;
		this.pairs = pairs;
	}

	/** Best matches first; pairs dismissed as "not a duplicate" are left out. */
	public List<Match> find(Subject subject, long id, AccessScope scope) {
		Map<Long, Match> matches = switch (subject) {
			case ACCOUNT -> forAccount(id, scope);
			case CONTACT -> forContact(id, scope);
		};
		Set<Long> dismissed = pairs.dismissedWith(subject, id);
		return matches.values()
			.stream()
			.filter(match -> !dismissed.contains(match.id()))
			.sorted(Comparator.comparingDouble(Match::score).reversed().thenComparingLong(Match::id))
			.limit(RESULT_LIMIT)
			.toList();
	}

	private Map<Long, Match> forAccount(long id, AccessScope scope) {
		var self = jdbc
			.sql("select name, lower(name), name_initial, city, phone_e164, email from customer_account where id = :id")
			.param("id", id)
			.query((rs, row) -> new AccountKeys(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6)))
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("account", id));
		Map<Long, Match> found = new LinkedHashMap<>();
		String columns = "select id, name, city, owner_id from customer_account where ";
		if (self.phone() != null) {
			accounts(columns + "phone_e164 = :key", self.phone(), id, scope, EXACT_LIMIT)
				.forEach(row -> add(found, row, DuplicateReason.PHONE, 1));
		}
		if (self.email() != null) {
			accounts(columns + "email = :key", self.email(), id, scope, EXACT_LIMIT)
				.forEach(row -> add(found, row, DuplicateReason.EMAIL, 1));
		}
		String key = SimilarNames.companyKey(self.name());
		if (self.city() != null && self.initial() != null && !key.isEmpty()) {
			Map<String, Object> parameters = parameters(scope, id);
			parameters.put("city", self.city());
			parameters.put("initial", self.initial());
			parameters.put("name", self.lowerName());
			List<Row> near = new ArrayList<>(nearestNames(">=", "", parameters, scope));
			near.addAll(nearestNames("<", "desc", parameters, scope));
			near.addAll(newestOfBlock(parameters, scope));
			near.forEach(row -> {
				double similarity = SimilarNames.similarity(key, SimilarNames.companyKey(row.name()));
				if (SimilarNames.similar(similarity)) {
					add(found, row, DuplicateReason.NAME, similarity);
				}
			});
		}
		return found;
	}

	/**
	 * The newest accounts of the same city and initial; as for {@link #nearestNames}, the
	 * LIMIT applies before the access filter: a manager's team owns few of a big city's
	 * accounts, and looking for 300 of theirs read thousands of rows (23 ms a profile
	 * page at a million accounts).
	 */
	private List<Row> newestOfBlock(Map<String, Object> parameters, AccessScope scope) {
		return jdbc.sql("""
				select id, name, city, owner_id from (
				    select id, name, city, owner_id from customer_account
				    where city = :city and name_initial = :initial and id <> :id
				    order by id desc limit %d) newest
				where %s""".formatted(BLOCK_LIMIT, scope.ownerCondition("owner_id")))
			.params(parameters)
			.query(DuplicateFinder::row)
			.list();
	}

	/**
	 * The accounts of the same city whose names come next in alphabetical order, after
	 * ({@code >=}) or before ({@code <}) the name; the LIMIT applies before the access
	 * filter, so the walk stays short for a rep who sees few of a city's accounts.
	 */
	private List<Row> nearestNames(String comparison, String direction, Map<String, Object> parameters,
			AccessScope scope) {
		return jdbc.sql("""
				select id, name, city, owner_id from (
				    select id, name, city, owner_id from customer_account
				    where city = :city and lower(name) %1$s :name and id <> :id
				    order by lower(name) %2$s, id %2$s limit %3$d) nearest
				where %4$s""".formatted(comparison, direction, NEAREST_LIMIT, scope.ownerCondition("owner_id")))
			.params(parameters)
			.query(DuplicateFinder::row)
			.list();
	}

	private Map<Long, Match> forContact(long id, AccessScope scope) {
		var self = jdbc.sql("select full_name, mobile_e164, phone_e164, email from customer_contact where id = :id")
			.param("id", id)
			.query((rs, row) -> new ContactKeys(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("contact", id));
		Map<Long, Match> found = new LinkedHashMap<>();
		String columns = "select id, full_name, coalesce(email, mobile, phone), owner_id from customer_contact where ";
		List<String> phones = Stream.of(self.mobile(), self.phone()).filter(Objects::nonNull).distinct().toList();
		if (!phones.isEmpty()) {
			Map<String, Object> parameters = parameters(scope, id);
			parameters.put("phones", phones);
			jdbc.sql(columns + "(mobile_e164 in (:phones) or phone_e164 in (:phones)) and id <> :id and "
					+ scope.ownerCondition("owner_id") + " order by id limit " + EXACT_LIMIT)
				.params(parameters)
				.query(DuplicateFinder::row)
				.list()
				.forEach(row -> add(found, row, DuplicateReason.PHONE, 1));
		}
		if (self.email() != null) {
			Map<String, Object> parameters = parameters(scope, id);
			parameters.put("key", self.email());
			jdbc.sql(columns + "email = :key and id <> :id and " + scope.ownerCondition("owner_id")
					+ " order by id limit " + EXACT_LIMIT)
				.params(parameters)
				.query(DuplicateFinder::row)
				.list()
				.forEach(row -> add(found, row, DuplicateReason.EMAIL, 1));
		}
		String key = SimilarNames.personKey(self.name());
		if (!key.isEmpty()) {
			// colleagues at the same accounts; no ORDER BY, so the LIMIT stops the walk
			// early even at an account with thousands of contacts
			jdbc.sql("""
					select c.id, c.full_name, coalesce(c.email, c.mobile, c.phone), c.owner_id
					from customer_account_contact mine
					join customer_account_contact other on other.account_id = mine.account_id
					    and other.contact_id <> mine.contact_id
					join customer_contact c on c.id = other.contact_id
					where mine.contact_id = :id and %s limit %d""".formatted(scope.ownerCondition("c.owner_id"),
					BLOCK_LIMIT))
				.params(parameters(scope, id))
				.query(DuplicateFinder::row)
				.list()
				.forEach(row -> {
					double similarity = SimilarNames.similarity(key, SimilarNames.personKey(row.name()));
					if (SimilarNames.similar(similarity)) {
						add(found, row, DuplicateReason.NAME, similarity);
					}
				});
		}
		return found;
	}

	private List<Row> accounts(String sql, String key, long id, AccessScope scope, int limit) {
		Map<String, Object> parameters = parameters(scope, id);
		parameters.put("key", key);
		return jdbc.sql(sql + " and id <> :id and " + scope.ownerCondition("owner_id") + " order by id limit " + limit)
			.params(parameters)
			.query(DuplicateFinder::row)
			.list();
	}

	private static Map<String, Object> parameters(AccessScope scope, long id) {
		Map<String, Object> parameters = new HashMap<>(scope.ownerParameters());
		parameters.put("id", id);
		return parameters;
	}

	private static Row row(ResultSet rs, int row) throws SQLException {
		return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4));
	}

	private static void add(Map<Long, Match> found, Row row, DuplicateReason reason, double score) {
		found.merge(row.id(), new Match(row.id(), row.name(), row.detail(), row.ownerId(), EnumSet.of(reason), score),
				Match::and);
	}

	private record Row(long id, String name, @Nullable String detail, long ownerId) {
	}

	/** What the finder reads of the account it looks for. */
	private record AccountKeys(String name, String lowerName, @Nullable String initial, @Nullable String city,
			@Nullable String phone, @Nullable String email) {
	}

	/** What the finder reads of the contact it looks for. */
	private record ContactKeys(String name, @Nullable String mobile, @Nullable String phone, @Nullable String email) {
	}

	/** A likely duplicate: every reason found, and the best score. */
	public record Match(long id, String name, @Nullable String detail, long ownerId, Set<DuplicateReason> reasons,
			double score) {

		Match and(Match other) {
			EnumSet<DuplicateReason> both = EnumSet.noneOf(DuplicateReason.class);
			both.addAll(reasons);
			both.addAll(other.reasons);
			return new Match(id, name, detail, ownerId, both, Math.max(score, other.score));
		}

		/** The strongest reason: an exact phone, then an exact e-mail, then the name. */
		public DuplicateReason reason() {
			return reasons.stream().min(Comparator.naturalOrder()).orElse(DuplicateReason.NAME);
		}

	}

}
