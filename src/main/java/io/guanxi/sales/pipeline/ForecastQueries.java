package io.guanxi.sales.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.guanxi.sales.ForecastCategory;
import io.guanxi.sales.OpportunityStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL behind the forecast: the won and open deals of one currency per month of their
 * forecast date and category, added up by the database. Deals with an expected close date
 * are found through an index on owner, status and close date; won deals without one, by
 * the day they were won.
 */
@Component
public class ForecastQueries {

	private final JdbcClient jdbc;

	ForecastQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The deals' totals per month from–to (both included), status and category. */
	public List<MonthTotal> monthTotals(DealSource deals, String currency, LocalDate from, LocalDate to) {
		DealSource inCurrency = deals.where("o.currency = :currency", "currency", currency);
		DealSource dated = inCurrency
			.where("(o.status = 'WON' or (o.status = 'OPEN' and o.forecast_category in "
					+ "('COMMIT', 'BEST_CASE', 'PIPELINE')))")
			.where("o.close_date >= :from and o.close_date <= :to", Map.of("from", from, "to", to));
		DealSource undated = inCurrency.where("o.status = 'WON' and o.close_date is null")
			.where("o.closed_at >= :fromTime and o.closed_at < :toTime",
					Map.of("fromTime", from.atStartOfDay().atOffset(ZoneOffset.UTC), "toTime",
							to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC)));
		String columns = "o.status, o.forecast_category, o.amount";
		String source = "(" + dated.select("o.close_date as forecast_day, " + columns) + " union all "
				+ undated.select("cast(o.closed_at as date) as forecast_day, " + columns) + ") v";
		return jdbc
			.sql("select extract(year from v.forecast_day) as y, extract(month from v.forecast_day) as m, v.status, "
					+ "v.forecast_category, count(*) as deals, sum(v.amount) as amount from " + source
					+ " group by extract(year from v.forecast_day), extract(month from v.forecast_day), v.status, v.forecast_category")
			.params(dated.parameters())
			.params(undated.parameters())
			.query((rs, row) -> new MonthTotal(LocalDate.of(rs.getInt(1), rs.getInt(2), 1),
					OpportunityStatus.valueOf(rs.getString(3)), ForecastCategory.valueOf(rs.getString(4)),
					rs.getLong(5), BoardQueries.money(rs.getBigDecimal(6))))
			.list();
	}

	/** The deals of one status and category whose forecast date falls in the month. */
	public record MonthTotal(LocalDate month, OpportunityStatus status, ForecastCategory category, long deals,
			BigDecimal amount) {

	}

}
