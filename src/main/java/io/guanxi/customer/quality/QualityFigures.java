package io.guanxi.customer.quality;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.customer.ProfileTables;
import io.guanxi.customer.QualityProblem;
import io.guanxi.platform.AccessScope;
import io.guanxi.platform.BusinessRuleException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL behind the data quality page: one aggregate query per entity, grouped by owner,
 * over the caller's scope ({@code count(column)} counts the filled ones), and the
 * keyset-paged lists of the records with one problem.
 */
@Component
public class QualityFigures {

	/**
	 * Not a sane e-mail address: not something@something.something, or two @, or a space.
	 * LIKE, not a regular expression: at a million rows a regular expression costs half a
	 * second more on PostgreSQL.
	 */
	private static final String INVALID_EMAIL = "(r.email is not null and (r.email not like '%_@_%._%' "
			+ "or r.email like '%@%@%' or r.email like '% %'))";

	/** The completeness fields of accounts: name to SQL condition "is filled". */
	private static final Map<String, String> ACCOUNT_FIELDS = filled("phone", "r.phone", "email", "r.email", "industry",
			"r.industry", "city", "r.city", "tier", "r.tier", "sizeBand", "r.size_band", "website", "r.website",
			"source", "r.source", "address", "r.address");

	private static final Map<String, String> CONTACT_FIELDS = filled("mobile", "r.mobile", "email", "r.email",
			"jobTitle", "r.job_title", "account",
			"exists (select 1 from customer_account_contact l where l.contact_id = r.id)", "wechat", "r.wechat", "city",
			"r.city");

	/** Records not changed for longer than this are stale. */
	public static final int STALE_MONTHS = 12;

	private final JdbcClient jdbc;

	QualityFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The moment before which a record that nobody changed is stale. */
	public static Instant staleBefore(Instant now) {
		return now.atOffset(ZoneOffset.UTC).minusMonths(STALE_MONTHS).toInstant();
	}

	/** The completeness fields of a subject, in the order the page shows them. */
	public static List<String> fields(Subject subject) {
		return List.copyOf(fieldConditions(subject).keySet());
	}

	/**
	 * The figures of each owner in the scope who owns records of the subject: one
	 * aggregate over the records, and for fields held in another table (a contact's
	 * account) one semi-join per field.
	 */
	public Map<Long, Counts> countByOwner(Subject subject, AccessScope scope, Instant staleBefore) {
		Map<String, String> fields = fieldConditions(subject);
		List<String> ownColumns = fields.entrySet()
			.stream()
			.filter(field -> !field.getValue().startsWith("exists"))
			.map(Map.Entry::getKey)
			.toList();
		StringBuilder sql = new StringBuilder("select r.owner_id, count(*)");
		ownColumns.forEach(field -> sql.append(", count(").append(fields.get(field)).append(")"));
		for (QualityProblem problem : List.of(QualityProblem.INVALID_PHONE, QualityProblem.INVALID_EMAIL,
				QualityProblem.STALE)) {
			sql.append(", sum(case when ").append(condition(subject, problem, null)).append(" then 1 else 0 end)");
		}
		String records = ProfileTables.of(subject).records();
		sql.append(" from ")
			.append(records)
			.append(" r where ")
			.append(scope.ownerCondition("r.owner_id"))
			.append(" group by r.owner_id");
		Map<String, Object> parameters = parameters(scope, staleBefore);
		Map<Long, Map<String, Long>> filled = new HashMap<>();
		Map<Long, long[]> problems = new LinkedHashMap<>();
		jdbc.sql(sql.toString()).params(parameters).query(rs -> {
			Map<String, Long> own = new HashMap<>();
			int column = 3;
			for (String field : ownColumns) {
				own.put(field, rs.getLong(column++));
			}
			filled.put(rs.getLong(1), own);
			problems.put(rs.getLong(1),
					new long[] { rs.getLong(2), rs.getLong(column), rs.getLong(column + 1), rs.getLong(column + 2) });
		});
		fields.forEach((field, condition) -> {
			if (condition.startsWith("exists")) {
				jdbc.sql("select r.owner_id, count(*) from %s r where %s and %s group by r.owner_id".formatted(records,
						scope.ownerCondition("r.owner_id"), condition))
					.params(parameters)
					.query(rs -> {
						filled.computeIfAbsent(rs.getLong(1), owner -> new HashMap<>()).put(field, rs.getLong(2));
					});
			}
		});
		Map<Long, Counts> counts = new LinkedHashMap<>();
		problems.forEach((owner, figures) -> {
			Map<String, Long> ordered = new LinkedHashMap<>();
			fields.keySet().forEach(field -> ordered.put(field, filled.get(owner).getOrDefault(field, 0L)));
			counts.put(owner, new Counts(figures[0], ordered, figures[1], figures[2], figures[3], 0));
		});
		return counts;
	}

	/**
	 * A page of the records in the scope with the problem, newest first, before
	 * {@code beforeId}.
	 */
	public List<Listed> records(Subject subject, QualityProblem problem, @Nullable String field, AccessScope scope,
			@Nullable Long ownerId, @Nullable Long beforeId, Instant staleBefore, int limit) {
		String name = subject == Subject.ACCOUNT ? "r.name" : "r.full_name";
		String detail = switch (problem) {
			case INVALID_PHONE -> subject == Subject.ACCOUNT ? "r.phone" : "coalesce(r.mobile, r.phone)";
			case INVALID_EMAIL -> "r.email";
			default -> subject == Subject.ACCOUNT ? "r.city" : "coalesce(r.email, r.mobile, r.phone)";
		};
		Map<String, Object> parameters = parameters(scope, staleBefore);
		parameters.put("owner", ownerId == null ? -1 : ownerId);
		parameters.put("before", beforeId == null ? Long.MAX_VALUE : beforeId);
		return jdbc
			.sql("""
					select r.id, %s, %s, r.owner_id, r.updated_at from %s r
					where %s and %s and r.id < :before and (:owner = -1 or r.owner_id = :owner)
					order by r.id desc limit %d""".formatted(name, detail, ProfileTables.of(subject).records(),
					scope.ownerCondition("r.owner_id"), condition(subject, problem, field), limit))
			.params(parameters)
			.query((rs, row) -> new Listed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
					rs.getObject(5, OffsetDateTime.class).toInstant()))
			.list();
	}

	private static String condition(Subject subject, QualityProblem problem, @Nullable String field) {
		return switch (problem) {
			case MISSING -> {
				String filled = field == null ? null : fieldConditions(subject).get(field);
				if (filled == null) {
					throw new BusinessRuleException("customer.quality.error.field");
				}
				yield filled.startsWith("exists") ? "not " + filled : filled + " is null";
			}
			case INVALID_PHONE -> subject == Subject.ACCOUNT ? "(r.phone is not null and r.phone_e164 is null)"
					: "((r.mobile is not null and r.mobile_e164 is null) or (r.phone is not null and r.phone_e164 is null))";
			case INVALID_EMAIL -> INVALID_EMAIL;
			case STALE -> subject == Subject.ACCOUNT ? """
					(r.updated_at < :staleBefore and not exists (select 1 from customer_interaction i
					    where i.account_id = r.id and i.occurred_at >= :staleBefore))"""
					: "r.updated_at < :staleBefore";
		};
	}

	private static Map<String, Object> parameters(AccessScope scope, Instant staleBefore) {
		Map<String, Object> parameters = new HashMap<>(scope.ownerParameters());
		parameters.put("staleBefore", staleBefore.atOffset(ZoneOffset.UTC));
		return parameters;
	}

	private static Map<String, String> fieldConditions(Subject subject) {
		return subject == Subject.ACCOUNT ? ACCOUNT_FIELDS : CONTACT_FIELDS;
	}

	private static Map<String, String> filled(String... pairs) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			fields.put(pairs[i], pairs[i + 1]);
		}
		return Collections.unmodifiableMap(fields);
	}

	/** One owner's figures. */
	public record Counts(long records, Map<String, Long> filled, long invalidPhones, long invalidEmails, long stale,
			long duplicates) {

		Counts withDuplicates(long duplicates) {
			return new Counts(records, filled, invalidPhones, invalidEmails, stale, duplicates);
		}

	}

	/** A record with a problem. */
	public record Listed(long id, String name, @Nullable String detail, long ownerId, Instant updatedAt) {
	}

}
