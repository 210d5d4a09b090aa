package io.guanxi.sales.pipeline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.guanxi.sales.ForecastCategory;
import io.guanxi.sales.OpportunityStatus;
import io.guanxi.sales.PipelineBoard.Total;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL behind the board: totals per stage and currency over every matching deal (one
 * aggregate, which an index on owner, status and stage that includes the amounts answers
 * alone), and the first cards of one stage: their ids from the index, then their rows.
 */
@Component
public class BoardQueries {

	static final String CARD_COLUMNS = "o.id, o.name, o.account_id, o.owner_id, o.stage_id, o.status, o.amount, "
			+ "o.currency, o.close_date, o.probability, o.forecast_category, o.version";

	private final JdbcClient jdbc;

	BoardQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The totals of the deals per stage, each stage's currencies with the most deals
	 * first.
	 */
	public Map<Long, List<Total>> totalsByStage(DealSource deals) {
		Map<Long, List<Total>> totals = new HashMap<>();
		jdbc.sql("select v.stage_id, v.currency, count(*) as deals, sum(v.amount) as amount, "
				+ "sum(v.amount * v.probability) as weighted from "
				+ deals.from("o.stage_id, o.currency, o.amount, o.probability", "v")
				+ " group by v.stage_id, v.currency")
			.params(deals.parameters())
			.query((rs, row) -> totals.computeIfAbsent(rs.getLong(1), stage -> new ArrayList<>())
				.add(new Total(rs.getString(2), rs.getLong(3), money(rs.getBigDecimal(4)),
						money(rs.getBigDecimal(5)).movePointLeft(2).setScale(2, RoundingMode.HALF_UP))))
			.list();
		totals.values()
			.forEach(list -> list
				.sort(Comparator.comparingLong(Total::count).reversed().thenComparing(Total::currency)));
		return totals;
	}

	/**
	 * The ids of the first {@code limit} deals in {@code order} (of {@code v.close_date},
	 * e.g. {@code v.close_date asc nulls last}); the id breaks ties. Only the ids, so
	 * that the sort reads the index alone and the table is read for the cards shown.
	 */
	public List<Long> cardIds(DealSource deals, String order, int limit) {
		String direction = order.contains(" desc") ? " desc" : " asc";
		return jdbc
			.sql("select v.id from " + deals.from("o.id, o.close_date", "v") + " order by " + order + ", v.id"
					+ direction + " limit :limit")
			.params(deals.parameters())
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	/**
	 * The ids of the first {@code limit} deals of every stage, closing soonest first, by
	 * stage: one statement, so that the deal-team deals of other owners are looked up
	 * once rather than once per stage.
	 */
	public Map<Long, List<Long>> firstCardIdsByStage(DealSource deals, int limit) {
		Map<Long, List<Long>> byStage = new HashMap<>();
		jdbc.sql("select r.stage_id, r.id from (select v.stage_id, v.id, row_number() over (partition by v.stage_id "
				+ "order by v.close_date asc nulls last, v.id asc) as place from "
				+ deals.from("o.id, o.stage_id, o.close_date", "v") + ") r where r.place <= :limit "
				+ "order by r.stage_id, r.place")
			.params(deals.parameters())
			.param("limit", limit)
			.query((rs, row) -> byStage.computeIfAbsent(rs.getLong(1), stage -> new ArrayList<>()).add(rs.getLong(2)))
			.list();
		return byStage;
	}

	/** The cards of the ids, in no particular order. */
	public List<CardRow> cards(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + CARD_COLUMNS + " from sales_opportunity o where o.id in (:ids)")
			.param("ids", List.copyOf(ids))
			.query((rs, row) -> CardRow.of(rs))
			.list();
	}

	static BigDecimal money(@Nullable BigDecimal amount) {
		return amount == null ? BigDecimal.ZERO : amount;
	}

	/** A card as the table has it: ids, not names. */
	public record CardRow(long id, String name, long accountId, long ownerId, long stageId, OpportunityStatus status,
			@Nullable BigDecimal amount, String currency, @Nullable LocalDate closeDate, int probability,
			ForecastCategory forecastCategory, long version) {

		static CardRow of(ResultSet rs) throws SQLException {
			return new CardRow(rs.getLong("id"), rs.getString("name"), rs.getLong("account_id"), rs.getLong("owner_id"),
					rs.getLong("stage_id"), OpportunityStatus.valueOf(rs.getString("status")),
					rs.getBigDecimal("amount"), rs.getString("currency"), rs.getObject("close_date", LocalDate.class),
					rs.getInt("probability"), ForecastCategory.valueOf(rs.getString("forecast_category")),
					rs.getLong("version"));
		}

	}

}
