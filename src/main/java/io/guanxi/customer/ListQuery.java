package io.guanxi.customer;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

import io.guanxi.customer.FieldFilters.Operator;
import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.platform.AccessScope;
import io.guanxi.platform.BusinessRuleException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A customer list (accounts or contacts) in SQL: the records the caller may see, narrowed
 * by a filter's criteria, in a whitelisted order. It pages with a bounded count (totals
 * are exact up to {@link #COUNT_LIMIT}, so a list over a million records never pays for
 * an exact total) and streams the matching ids in list order for exports.
 *
 * <pre>
 * ListQuery query = ListQuery.visible(Subject.ACCOUNT, "a", scope)
 * 	.containing("name", filter.q(), "a.name")
 * 	.in("a.tier", "tier", filter.tier())
 * 	.common(filter, Subject.ACCOUNT, definitions)
 * 	.orderBy(sort, Map.of("name", "a.name"), "a.name");
 * Page&lt;Row&gt; rows = query.page(jdbc, "a.id, a.name", pageable, Row::of);
 * </pre>
 */
public final class ListQuery {

	/**
	 * Totals above this are shown as "more than"; paging beyond it asks for a narrower
	 * filter.
	 */
	public static final int COUNT_LIMIT = 10_000;

	private final String from;

	private final String alias;

	private final List<String> conditions = new ArrayList<>();

	private final Map<String, Object> parameters = new HashMap<>();

	private String orderBy;

	/** The sort keys before the id, with their directions. */
	private List<String> sortKeys = List.of();

	private ListQuery(String from, String alias) {
		this.from = from;
		this.alias = alias;
		this.orderBy = alias + ".id";
	}

	/**
	 * The records of the subject's table, called {@code alias} in the query, that the
	 * scope may see.
	 */
	public static ListQuery visible(Subject subject, String alias, AccessScope scope) {
		ListQuery query = new ListQuery(ProfileTables.of(subject).records() + " " + alias, alias);
		query.conditions.add(scope.ownerCondition(alias + ".owner_id"));
		query.parameters.putAll(scope.ownerParameters());
		return query;
	}

	public ListQuery where(SqlCondition condition) {
		conditions.add(condition.sql());
		parameters.putAll(condition.parameters());
		return this;
	}

	/** Records where any of the columns contains the text, ignoring case. */
	public ListQuery containing(String name, @Nullable String text, String... columns) {
		if (text != null && !text.isBlank()) {
			List<String> tests = Stream.of(columns)
				.map(column -> "lower(" + column + ") like :" + name + " escape '\\'")
				.toList();
			conditions.add(tests.size() == 1 ? tests.get(0) : "(" + String.join(" or ", tests) + ")");
			parameters.put(name, containsPattern(text));
		}
		return this;
	}

	/** Records whose column equals the value; null: any. */
	public ListQuery equalTo(String column, String name, @Nullable Object value) {
		if (value != null) {
			conditions.add(column + " = :" + name);
			parameters.put(name, value);
		}
		return this;
	}

	/** Records where the column starts with the text, ignoring case. */
	public ListQuery startingWith(String name, @Nullable String text, String column) {
		if (text != null && !text.isBlank()) {
			conditions.add("lower(" + column + ") like :" + name + " escape '\\'");
			parameters.put(name, escapeLike(text) + "%");
		}
		return this;
	}

	/** Records whose column holds one of the values (enums by name); none: any. */
	public ListQuery in(String column, String name, @Nullable Collection<?> values) {
		if (values != null && !values.isEmpty()) {
			conditions.add(column + " in (:" + name + ")");
			parameters.put(name, values.stream().map(value -> value instanceof Enum<?> e ? e.name() : value).toList());
		}
		return this;
	}

	/**
	 * Records whose column is set ({@code true}) or not ({@code false}); null: either.
	 */
	public ListQuery present(String column, @Nullable Boolean present) {
		if (present != null) {
			conditions.add(present ? column + " is not null and " + column + " <> ''"
					: "(" + column + " is null or " + column + " = '')");
		}
		return this;
	}

	/** Records whose timestamp column falls on the days from–to, both included (UTC). */
	public ListQuery onDays(String column, String name, @Nullable LocalDate from, @Nullable LocalDate to) {
		if (from != null) {
			conditions.add(column + " >= :" + name + "From");
			parameters.put(name + "From", from.atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		if (to != null) {
			conditions.add(column + " < :" + name + "To");
			parameters.put(name + "To", to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		return this;
	}

	/**
	 * The criteria every list has: owners, creation and change days, tags, and custom
	 * field values of the subject's active {@code fields}.
	 * @throws CustomFieldErrors when a value is no value of its field's type
	 */
	public ListQuery common(ListFilter filter, Subject subject, List<CustomFieldDefinition> fields) {
		in(alias + ".owner_id", "owner", filter.owner());
		onDays(alias + ".created_at", "created", filter.createdFrom(), filter.createdTo());
		onDays(alias + ".updated_at", "updated", filter.updatedFrom(), filter.updatedTo());
		String id = alias + ".id";
		if (filter.tag() != null) {
			filter.tag().forEach(tagId -> where(TagFilters.hasTag(subject, id, tagId)));
		}
		for (CustomFieldDefinition field : fields) {
			String value = ListFilter.valueIn(filter.field(), field.code());
			String low = ListFilter.valueIn(filter.fieldFrom(), field.code());
			String high = ListFilter.valueIn(filter.fieldTo(), field.code());
			if (value.equals("*")) {
				where(FieldFilters.condition(id, field, Operator.IS_SET, List.of()));
			}
			else if (!value.isEmpty()) {
				where(FieldFilters.condition(id, field, Operator.CONTAINS, List.of(value)));
			}
			if (!low.isEmpty()) {
				where(FieldFilters.condition(id, field, Operator.AT_LEAST, List.of(low)));
			}
			if (!high.isEmpty()) {
				where(FieldFilters.condition(id, field, Operator.AT_MOST, List.of(high)));
			}
		}
		return this;
	}

	/**
	 * Sorts by the properties of {@code sort} that {@code sortable} maps to a column
	 * (others are ignored), by {@code fallback} when none is left, and by id last so that
	 * the order is total.
	 */
	public ListQuery orderBy(Sort sort, Map<String, String> sortable, String fallback) {
		List<String> parts = new ArrayList<>();
		for (Sort.Order order : sort) {
			String column = sortable.get(order.getProperty());
			if (column != null) {
				parts.add(column + (order.isAscending() ? " asc" : " desc"));
			}
		}
		if (parts.isEmpty()) {
			parts.add(fallback + " asc");
		}
		sortKeys = List.copyOf(parts);
		parts.add(alias + ".id asc");
		orderBy = String.join(", ", parts);
		return this;
	}

	/**
	 * One page of the matching records, as {@code columns} read by {@code rows}. The
	 * total is exact up to {@link #COUNT_LIMIT}; a larger one is reported as that limit +
	 * 1 and pages beyond the limit are refused, so a list never counts or skips a million
	 * rows. Unpaged means the first {@link #COUNT_LIMIT} records.
	 * <p>
	 * The page's ids and the total come from one statement over at most
	 * {@link #COUNT_LIMIT} + 1 matching records, which reads only the columns of the
	 * conditions and the order (an index-only scan where an index covers them), and the
	 * rows' other columns are read for the page's ids alone. Only when more records match
	 * is the page found again in list order, where an index on the order stops early.
	 * @throws BusinessRuleException for a page beyond the limit, asking for a narrower
	 * filter
	 */
	public <R> Page<R> page(JdbcClient jdbc, String columns, Pageable requested, RowMapper<R> rows) {
		Pageable pageable = requested.isPaged() ? requested : PageRequest.of(0, COUNT_LIMIT, requested.getSort());
		if (pageable.getOffset() >= COUNT_LIMIT) {
			throw new BusinessRuleException("customer.list.error.tooDeep", COUNT_LIMIT);
		}
		long[] total = { 0 };
		List<Long> ids = jdbc.sql(countedPage())
			.params(parameters)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, row) -> {
				total[0] = rs.getLong(2);
				return rs.getLong(1);
			})
			.list();
		if (ids.isEmpty()) {
			total[0] = pageable.getOffset() == 0 ? 0 : boundedCount(jdbc);
		}
		else if (total[0] > COUNT_LIMIT) {
			ids = jdbc.sql(select(alias + ".id") + " limit :limit offset :offset")
				.params(parameters)
				.param("limit", pageable.getPageSize())
				.param("offset", pageable.getOffset())
				.query(Long.class)
				.list();
		}
		List<R> content = ids.isEmpty() ? List.of() : jdbc
			.sql("select " + columns + " from " + from + " where " + alias + ".id in (:pageIds) order by " + orderBy)
			.param("pageIds", ids)
			.query(rows)
			.list();
		return new PageImpl<>(content, pageable, total[0]);
	}

	/**
	 * The ids of a page and how many records match (up to {@link #COUNT_LIMIT} + 1),
	 * sorted among the first {@link #COUNT_LIMIT} + 1 matches found: the right page when
	 * no more match.
	 */
	private String countedPage() {
		List<String> keys = new ArrayList<>(List.of(alias + ".id"));
		List<String> order = new ArrayList<>();
		for (int i = 0; i < sortKeys.size(); i++) {
			String key = sortKeys.get(i);
			int space = key.lastIndexOf(' ');
			keys.add(key.substring(0, space) + " as sort" + i);
			order.add("sort" + i + key.substring(space));
		}
		order.add("id asc");
		return "select id, count(*) over () as total from (select " + String.join(", ", keys) + " from " + from
				+ " where " + conditionsSql() + " limit " + (COUNT_LIMIT + 1) + ") bounded order by "
				+ String.join(", ", order) + " limit :limit offset :offset";
	}

	/** How many records match, counted up to {@link #COUNT_LIMIT} + 1. */
	public long boundedCount(JdbcClient jdbc) {
		return jdbc
			.sql("select count(*) from (select 1 from " + from + " where " + conditionsSql() + " limit "
					+ (COUNT_LIMIT + 1) + ") matching")
			.params(parameters)
			.query(Long.class)
			.single();
	}

	/**
	 * Every matching id in list order, handed over {@code size} at a time: the driver
	 * reads them in batches (a cursor on PostgreSQL, within the caller's transaction), so
	 * a million matching records never sit in memory together.
	 */
	public void forEachIdBatch(JdbcClient jdbc, int size, Consumer<List<Long>> action) {
		List<Long> batch = new ArrayList<>(size);
		try (Stream<Long> ids = jdbc.sql(select(alias + ".id"))
			.params(parameters)
			.withFetchSize(size)
			.query((rs, row) -> rs.getLong(1))
			.stream()) {
			ids.forEach(id -> {
				batch.add(id);
				if (batch.size() == size) {
					action.accept(List.copyOf(batch));
					batch.clear();
				}
			});
		}
		if (!batch.isEmpty()) {
			action.accept(List.copyOf(batch));
		}
	}

	private String select(String columns) {
		return "select " + columns + " from " + from + " where " + conditionsSql() + " order by " + orderBy;
	}

	private String conditionsSql() {
		return String.join(" and ", conditions);
	}

	/**
	 * The records found for a batch of ids, in the order of the ids (records gone since
	 * are left out): how exports read a batch of {@link #forEachIdBatch}.
	 */
	public static <T> List<T> inOrder(List<Long> ids, Collection<T> found, ToLongFunction<T> id) {
		Map<Long, T> byId = new HashMap<>();
		found.forEach(record -> byId.put(id.applyAsLong(record), record));
		return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
	}

	/**
	 * A {@code like} pattern, with {@code escape '\\'}, for lower-cased values that
	 * contain the text.
	 */
	public static String containsPattern(String text) {
		return "%" + escapeLike(text) + "%";
	}

	private static String escapeLike(String text) {
		return text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
