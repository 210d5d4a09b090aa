package io.guanxi.customer.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.guanxi.customer.AccountFilter;
import io.guanxi.customer.AccountKind;
import io.guanxi.customer.AccountStatus;
import io.guanxi.customer.CustomFieldDefinition;
import io.guanxi.customer.CustomFieldService;
import io.guanxi.customer.FieldFilters;
import io.guanxi.customer.FieldFilters.Operator;
import io.guanxi.customer.Industry;
import io.guanxi.customer.LifecycleStage;
import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.customer.SqlCondition;
import io.guanxi.customer.TagFilters;
import io.guanxi.customer.Tier;
import io.guanxi.customer.search.SearchIndex;
import io.guanxi.platform.AccessScope;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Account lists in SQL: a filter becomes a WHERE clause, sorting is limited to indexed or
 * cheap columns, and counting stops at {@link #COUNT_LIMIT} so that a list over a million
 * accounts never pays for an exact total.
 */
@Component
public class AccountQueries {

	/**
	 * Totals above this are shown as "more than"; paging beyond it asks for a narrower
	 * filter.
	 */
	public static final int COUNT_LIMIT = 10_000;

	private static final Map<String, String> SORTABLE = Map.of("name", "a.name", "industry", "a.industry", "city",
			"a.city", "tier", "a.tier", "lifecycleStage", "a.lifecycle_stage", "status", "a.status", "createdAt",
			"a.created_at", "updatedAt", "a.updated_at");

	private static final String COLUMNS = "a.id, a.name, a.kind, a.industry, a.city, a.tier, a.lifecycle_stage, a.status, "
			+ "a.phone, a.email, a.owner_id, a.created_at, a.updated_at";

	private final JdbcClient jdbc;

	/**
	 * Lazily, since custom fields check account access through the account service, which
	 * uses this.
	 */
	private final ObjectProvider<CustomFieldService> customFields;

	private final SearchIndex searchIndex;

	AccountQueries(JdbcClient jdbc, ObjectProvider<CustomFieldService> customFields, SearchIndex searchIndex) {
		this.jdbc = jdbc;
		this.searchIndex = searchIndex;
		this.customFields = customFields;
	}

	public List<AccountRow> page(AccountFilter filter, AccessScope scope, Pageable pageable) {
		Where where = where(filter, scope);
		return jdbc
			.sql("select " + COLUMNS + " from customer_account a where " + where.sql() + " order by "
					+ orderBy(pageable.getSort()) + " limit :limit offset :offset")
			.params(where.parameters())
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(AccountQueries::row)
			.list();
	}

	/** How many accounts match, counted up to {@link #COUNT_LIMIT} + 1. */
	public long boundedCount(AccountFilter filter, AccessScope scope) {
		Where where = where(filter, scope);
		return jdbc
			.sql("select count(*) from (select 1 from customer_account a where " + where.sql() + " limit "
					+ (COUNT_LIMIT + 1) + ") matching")
			.params(where.parameters())
			.query(Long.class)
			.single();
	}

	/**
	 * The ids among {@code ids} that match the scope: the records a bulk action may
	 * touch.
	 */
	public List<Long> visibleIds(Collection<Long> ids, AccessScope scope) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("select a.id from customer_account a where a.id in (:ids) and " + scope.ownerCondition("a.owner_id"))
			.param("ids", ids)
			.params(scope.ownerParameters())
			.query(Long.class)
			.list();
	}

	static String orderBy(Sort sort) {
		List<String> parts = new ArrayList<>();
		for (Sort.Order order : sort) {
			String column = SORTABLE.get(order.getProperty());
			if (column != null) {
				parts.add(column + (order.isAscending() ? " asc" : " desc"));
			}
		}
		if (parts.isEmpty()) {
			parts.add("a.name asc");
		}
		parts.add("a.id asc");
		return String.join(", ", parts);
	}

	private Where where(AccountFilter filter, AccessScope scope) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> parameters = new HashMap<>(scope.ownerParameters());
		conditions.add(scope.ownerCondition("a.owner_id"));
		if (filter.kind() != null) {
			conditions.add("a.kind = :kind");
			parameters.put("kind", filter.kind().name());
		}
		in(conditions, parameters, "a.industry", "industry", filter.industry());
		in(conditions, parameters, "a.tier", "tier", filter.tier());
		in(conditions, parameters, "a.lifecycle_stage", "stage", filter.stage());
		in(conditions, parameters, "a.status", "status", filter.status());
		if (filter.owner() != null && !filter.owner().isEmpty()) {
			conditions.add("a.owner_id in (:owner)");
			parameters.put("owner", filter.owner());
		}
		if (filter.city() != null && !filter.city().isBlank()) {
			conditions.add("lower(a.city) like :city escape '\\'");
			parameters.put("city", escapeLike(filter.city().strip().toLowerCase(Locale.ROOT)) + "%");
		}
		range(conditions, parameters, "a.created_at", "created", filter.createdFrom(), filter.createdTo());
		range(conditions, parameters, "a.updated_at", "updated", filter.updatedFrom(), filter.updatedTo());
		List<SqlCondition> extra = new ArrayList<>();
		if (filter.q() != null && !filter.q().isBlank()) {
			extra.add(searchIndex.namesContain(Subject.ACCOUNT, filter.q()));
		}
		if (filter.tag() != null) {
			filter.tag().forEach(tagId -> extra.add(TagFilters.hasTag(Subject.ACCOUNT, "a.id", tagId)));
		}
		extra.addAll(customFieldConditions(filter));
		for (SqlCondition condition : extra) {
			conditions.add(condition.sql());
			parameters.putAll(condition.parameters());
		}
		return new Where(String.join(" and ", conditions), parameters);
	}

	private List<SqlCondition> customFieldConditions(AccountFilter filter) {
		if (!filter.hasMoreCriteria()) {
			return List.of();
		}
		List<SqlCondition> conditions = new ArrayList<>();
		for (CustomFieldDefinition definition : customFields.getObject().activeDefinitions(Subject.ACCOUNT)) {
			String value = AccountFilter.valueIn(filter.field(), definition.code());
			String from = AccountFilter.valueIn(filter.fieldFrom(), definition.code());
			String to = AccountFilter.valueIn(filter.fieldTo(), definition.code());
			if (value.equals("*")) {
				conditions.add(FieldFilters.condition("a.id", definition, Operator.IS_SET, List.of()));
			}
			else if (!value.isEmpty()) {
				conditions.add(FieldFilters.condition("a.id", definition, Operator.CONTAINS, List.of(value)));
			}
			if (!from.isEmpty()) {
				conditions.add(FieldFilters.condition("a.id", definition, Operator.AT_LEAST, List.of(from)));
			}
			if (!to.isEmpty()) {
				conditions.add(FieldFilters.condition("a.id", definition, Operator.AT_MOST, List.of(to)));
			}
		}
		return conditions;
	}

	private static void in(List<String> conditions, Map<String, Object> parameters, String column, String name,
			@Nullable Set<? extends Enum<?>> values) {
		if (values != null && !values.isEmpty()) {
			conditions.add(column + " in (:" + name + ")");
			parameters.put(name, values.stream().map(Enum::name).toList());
		}
	}

	private static void range(List<String> conditions, Map<String, Object> parameters, String column, String name,
			@Nullable LocalDate from, @Nullable LocalDate to) {
		if (from != null) {
			conditions.add(column + " >= :" + name + "From");
			parameters.put(name + "From", from.atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		if (to != null) {
			conditions.add(column + " < :" + name + "To");
			parameters.put(name + "To", to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
		}
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static AccountRow row(ResultSet rs, int rowNum) throws SQLException {
		return new AccountRow(rs.getLong("id"), rs.getString("name"), AccountKind.valueOf(rs.getString("kind")),
				enumOrNull(Industry.class, rs.getString("industry")), rs.getString("city"),
				enumOrNull(Tier.class, rs.getString("tier")), LifecycleStage.valueOf(rs.getString("lifecycle_stage")),
				AccountStatus.valueOf(rs.getString("status")), rs.getString("phone"), rs.getString("email"),
				rs.getLong("owner_id"), rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant(),
				rs.getObject("updated_at", java.time.OffsetDateTime.class).toInstant());
	}

	private static <E extends Enum<E>> @Nullable E enumOrNull(Class<E> type, @Nullable String value) {
		return value == null ? null : Enum.valueOf(type, value);
	}

	private record Where(String sql, Map<String, Object> parameters) {
	}

	/** One row of an account list, before owner names are added. */
	public record AccountRow(long id, String name, AccountKind kind, @Nullable Industry industry, @Nullable String city,
			@Nullable Tier tier, LifecycleStage lifecycleStage, AccountStatus status, @Nullable String phone,
			@Nullable String email, long ownerId, java.time.Instant createdAt, java.time.Instant updatedAt) {
	}

}
