package io.guanxi.sales.pipeline;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.guanxi.customer.ListQuery;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.sales.ForecastCategory;
import io.guanxi.sales.OpportunityStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL behind the opportunity table, paged the way the customer lists page
 * ({@link ListQuery}): the total is exact up to {@link ListQuery#COUNT_LIMIT}, pages
 * beyond it are refused, and the page's ids and the total come from one statement over at
 * most that many matching deals; only the page's rows are read in full.
 */
@Component
public class DealList {

	/** Sort properties by the columns they sort by. */
	public static final Map<String, String> SORTABLE = Map.of("closeDate", "v.close_date", "amount", "v.amount", "name",
			"v.name", "stage", "s.position", "updated", "v.updated_at", "probability", "v.probability");

	private static final String ROW_COLUMNS = "o.id, o.name, o.account_id, o.owner_id, o.process_id, o.stage_id, "
			+ "o.status, o.amount, o.currency, o.close_date, o.probability, o.forecast_category, o.product_line, "
			+ "o.updated_at";

	private final JdbcClient jdbc;

	DealList(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One page of the deals' ids in the requested order (by close date when it names
	 * nothing sortable), with the bounded total.
	 * @throws BusinessRuleException for a page beyond the count limit
	 */
	public Page<Long> page(DealSource deals, Pageable requested) {
		Pageable pageable = requested.isPaged() ? requested
				: PageRequest.of(0, ListQuery.COUNT_LIMIT, requested.getSort());
		if (pageable.getOffset() >= ListQuery.COUNT_LIMIT) {
			throw new BusinessRuleException("sales.pipeline.list.error.tooDeep", ListQuery.COUNT_LIMIT);
		}
		List<String> keys = sortKeys(pageable.getSort());
		boolean byStage = keys.stream().anyMatch(key -> key.startsWith("s."));
		String from = deals.from(keyColumns(keys), "v") + (byStage ? " join sales_stage s on s.id = v.stage_id" : "");
		long[] total = { 0 };
		List<Long> ids = jdbc.sql(countedPage(from, keys))
			.params(deals.parameters())
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, row) -> {
				total[0] = rs.getLong(2);
				return rs.getLong(1);
			})
			.list();
		if (ids.isEmpty() && pageable.getOffset() > 0) {
			total[0] = boundedCount(deals);
		}
		else if (total[0] > ListQuery.COUNT_LIMIT) {
			ids = jdbc
				.sql("select v.id from " + from + " order by " + String.join(", ", keys) + ", v.id asc"
						+ " limit :limit offset :offset")
				.params(deals.parameters())
				.param("limit", pageable.getPageSize())
				.param("offset", pageable.getOffset())
				.query(Long.class)
				.list();
		}
		return new PageImpl<>(ids, pageable, total[0]);
	}

	/** The deals of the ids, in no particular order. */
	public List<Row> rows(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + ROW_COLUMNS + " from sales_opportunity o where o.id in (:ids)")
			.param("ids", ids)
			.query((rs, row) -> Row.of(rs))
			.list();
	}

	/**
	 * The ids of a page and how many deals match (up to the limit + 1), sorted among the
	 * first limit + 1 matches found: the right page when no more match.
	 */
	private static String countedPage(String from, List<String> keys) {
		List<String> columns = new ArrayList<>(List.of("v.id"));
		List<String> order = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			String key = keys.get(i);
			int space = key.indexOf(' ');
			columns.add(key.substring(0, space) + " as sort" + i);
			order.add("sort" + i + key.substring(space));
		}
		order.add("id asc");
		return "select id, count(*) over () as total from (select " + String.join(", ", columns) + " from " + from
				+ " limit " + (ListQuery.COUNT_LIMIT + 1) + ") bounded order by " + String.join(", ", order)
				+ " limit :limit offset :offset";
	}

	private long boundedCount(DealSource deals) {
		return jdbc
			.sql("select count(*) from (select 1 from " + deals.from("o.id", "v") + " limit "
					+ (ListQuery.COUNT_LIMIT + 1) + ") matching")
			.params(deals.parameters())
			.query(Long.class)
			.single();
	}

	/**
	 * The id and the columns the order needs, and no more: sorted by close date or
	 * amount, the ids come from the owner index alone.
	 */
	private static String keyColumns(List<String> keys) {
		List<String> columns = new ArrayList<>(List.of("o.id"));
		for (String key : keys) {
			String column = key.startsWith("s.") ? "o.stage_id" : "o." + key.substring(2, key.indexOf(' '));
			if (!columns.contains(column)) {
				columns.add(column);
			}
		}
		return String.join(", ", columns);
	}

	/** The sort's whitelisted columns with their directions, else the close date. */
	private static List<String> sortKeys(Sort sort) {
		List<String> keys = new ArrayList<>();
		for (Sort.Order order : sort) {
			String column = SORTABLE.get(order.getProperty());
			if (column != null) {
				keys.add(column + (order.isAscending() ? " asc nulls last" : " desc nulls last"));
			}
		}
		if (keys.isEmpty()) {
			keys.add("v.close_date asc nulls last");
		}
		return keys;
	}

	/** A deal as the table has it: ids, not names. */
	public record Row(long id, String name, long accountId, long ownerId, long processId, long stageId,
			OpportunityStatus status, @Nullable BigDecimal amount, String currency, @Nullable LocalDate closeDate,
			int probability, ForecastCategory forecastCategory, @Nullable String productLine, Instant updatedAt) {

		static Row of(ResultSet rs) throws SQLException {
			return new Row(rs.getLong("id"), rs.getString("name"), rs.getLong("account_id"), rs.getLong("owner_id"),
					rs.getLong("process_id"), rs.getLong("stage_id"), OpportunityStatus.valueOf(rs.getString("status")),
					rs.getBigDecimal("amount"), rs.getString("currency"), rs.getObject("close_date", LocalDate.class),
					rs.getInt("probability"), ForecastCategory.valueOf(rs.getString("forecast_category")),
					rs.getString("product_line"), rs.getObject("updated_at", OffsetDateTime.class).toInstant());
		}

	}

}
