package io.guanxi.sales.lead;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.guanxi.platform.AccessScope;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.sales.LeadFilter;
import io.guanxi.sales.LeadSource;
import io.guanxi.sales.LeadStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The lead list in SQL: the leads the caller may see, narrowed by the filter, in a
 * whitelisted order with the id last (so pages never overlap). Totals are counted up to
 * {@link #COUNT_LIMIT} and pages beyond it are refused, so a list over a million leads
 * never counts or skips them all.
 */
@Component
public class LeadQueries {

	/**
	 * Totals above this are shown as "more than"; paging beyond it needs a narrower
	 * filter.
	 */
	public static final int COUNT_LIMIT = 10_000;

	/** The sorts the list offers, by the name a URL uses. */
	private static final Map<String, String> SORTS = Map.of("createdAt", "l.created_at", "score", "l.score", "name",
			"l.full_name", "company", "l.company_name", "status", "l.status", "city", "l.city");

	private final JdbcClient jdbc;

	LeadQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Page<Row> page(LeadFilter filter, AccessScope scope, Pageable pageable) {
		if (pageable.getOffset() >= COUNT_LIMIT) {
			throw new BusinessRuleException("sales.lead.error.tooDeep", COUNT_LIMIT);
		}
		Map<String, Object> parameters = new HashMap<>(scope.ownerParameters());
		String where = where(filter, scope, parameters);
		long total = jdbc
			.sql("select count(*) from (select 1 from sales_lead l where " + where + " limit " + (COUNT_LIMIT + 1)
					+ ") counted")
			.params(parameters)
			.query(Long.class)
			.single();
		List<Row> rows = total == 0 ? List.of()
				: jdbc
					.sql("""
							select l.id, l.full_name, l.company_name, l.title, l.email, l.mobile, l.city, l.source, l.status,
							       l.score, l.owner_id, l.created_at
							from sales_lead l where %s order by %s limit :limit offset :offset"""
						.formatted(where, orderBy(pageable.getSort())))
					.params(parameters)
					.param("limit", pageable.getPageSize())
					.param("offset", pageable.getOffset())
					.query(LeadQueries::row)
					.list();
		return new PageImpl<>(rows, pageable, total);
	}

	private static String where(LeadFilter filter, AccessScope scope, Map<String, Object> parameters) {
		List<String> conditions = new ArrayList<>(List.of(scope.ownerCondition("l.owner_id")));
		if (filter.q() != null && !filter.q().isBlank()) {
			conditions.add("(lower(l.full_name) like :q escape '\\' or lower(l.company_name) like :q escape '\\' "
					+ "or l.email like :q escape '\\')");
			parameters.put("q", "%" + escapeLike(filter.q().strip().toLowerCase(Locale.ROOT)) + "%");
		}
		if (filter.status() != null) {
			conditions.add("l.status = :status");
			parameters.put("status", filter.status().name());
		}
		if (filter.owner() != null) {
			conditions.add("l.owner_id = :owner");
			parameters.put("owner", filter.owner());
		}
		if (filter.source() != null) {
			conditions.add("l.source = :source");
			parameters.put("source", filter.source().name());
		}
		return String.join(" and ", conditions);
	}

	/**
	 * The requested order among the whitelisted ones, newest first by default; id last.
	 */
	private static String orderBy(Sort sort) {
		List<String> keys = new ArrayList<>();
		for (Sort.Order order : sort) {
			String column = SORTS.get(order.getProperty());
			if (column != null) {
				keys.add(column + (order.isAscending() ? " asc" : " desc"));
			}
		}
		if (keys.isEmpty()) {
			keys.add("l.created_at desc");
		}
		keys.add("l.id desc");
		return String.join(", ", keys);
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getString("full_name"), rs.getString("company_name"), rs.getString("title"),
				rs.getString("email"), rs.getString("mobile"), rs.getString("city"),
				LeadSource.valueOf(rs.getString("source")), LeadStatus.valueOf(rs.getString("status")),
				rs.getInt("score"), rs.getLong("owner_id"), rs.getTimestamp("created_at").toInstant());
	}

	/** A row of the list, before owner names are added. */
	public record Row(long id, String fullName, @Nullable String companyName, @Nullable String title,
			@Nullable String email, @Nullable String mobile, @Nullable String city, LeadSource source,
			LeadStatus status, int score, long ownerId, Instant createdAt) {
	}

}
