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
	 * A sane e-mail address: something, one @, a domain with a dot, no spaces. The same
	 * regular expression works in PostgreSQL (15+) and H2.
	 */
	static final String EMAIL_PATTERN = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

	/** The completeness fields of accounts: name to SQL condition "is filled". */
	private static final Map<String, String> ACCOUNT_FIELDS = filled("phone", "r.phone", "email", "r.email", "industry",
			"r.industry", "city", "r.city", "tier", "r.tier", "sizeBand", "r.size_band", "website", "r.website",
			"source", "r.source", "address", "r.address");

	private static final Map<String, String> CONTACT_FIELDS = filled("mobile", "r.mobile", "email", "r.email",
			"jobTitle", "r.job_title", "account",
			"exists (select 1 from customer_account_contact l where l.contact_id = r.id)", "wechat", "r.wechat", "city",
			"r.city");

	private final JdbcClient jdbc;

	QualityFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The completeness fields of a subject, in the order the page shows them. */
	public static List<String> fields(Subject subject) {
		return List.copyOf(fieldConditions(subject).keySet());
	}

	/** The figures of each owner in the scope who owns records of the subject. */
	public Map<Long, Counts> countByOwner(Subject subject, AccessScope scope, Instant staleBefore) {
		Map<String, String> fields = fieldConditions(subject);
		StringBuilder sql = new StringBuilder("select r.owner_id, count(*)");
		fields.values()
			.forEach(condition -> sql.append(condition.startsWith("exists")
					? ", sum(case when " + condition + " then 1 else 0 end)" : ", count(" + condition + ")"));
		for (QualityProblem problem : List.of(QualityProblem.INVALID_PHONE, QualityProblem.INVALID_EMAIL,
				QualityProblem.STALE)) {
			sql.append(", sum(case when ").append(condition(subject, problem, null)).append(" then 1 else 0 end)");
		}
		sql.append(" from ")
			.append(ProfileTables.of(subject).records())
			.append(" r where ")
			.append(scope.ownerCondition("r.owner_id"))
			.append(" group by r.owner_id");
		Map<String, Object> parameters = parameters(scope, staleBefore);
		Map<Long, Counts> counts = new LinkedHashMap<>();
		jdbc.sql(sql.toString()).params(parameters).query(rs -> {
			Map<String, Long> filled = new LinkedHashMap<>();
			int column = 3;
			for (String field : fields.keySet()) {
				filled.put(field, rs.getLong(column++));
			}
			counts.put(rs.getLong(1), new Counts(rs.getLong(2), filled, rs.getLong(column), rs.getLong(column + 1),
					rs.getLong(column + 2)));
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
			case INVALID_EMAIL -> "(r.email is not null and not regexp_like(r.email, :emailPattern))";
			case STALE -> subject == Subject.ACCOUNT ? """
					(r.updated_at < :staleBefore and not exists (select 1 from customer_interaction i
					    where i.account_id = r.id and i.occurred_at >= :staleBefore))"""
					: "r.updated_at < :staleBefore";
		};
	}

	private static Map<String, Object> parameters(AccessScope scope, Instant staleBefore) {
		Map<String, Object> parameters = new HashMap<>(scope.ownerParameters());
		parameters.put("emailPattern", EMAIL_PATTERN);
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
	public record Counts(long records, Map<String, Long> filled, long invalidPhones, long invalidEmails, long stale) {
	}

	/** A record with a problem. */
	public record Listed(long id, String name, @Nullable String detail, long ownerId, Instant updatedAt) {
	}

}
