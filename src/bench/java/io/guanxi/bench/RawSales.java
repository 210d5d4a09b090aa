package io.guanxi.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import io.guanxi.sales.Pipelines;

/**
 * The baselines of the sales rows: what the pipeline board, the forecast and the opportunity page need, each
 * in one statement over plain JDBC, for the sales manager (its scope: itself and its reps; and the deals whose
 * team it is on, as the application's read rule says).
 * <p>
 * The deals a user reads are written as two branches joined by UNION ALL (owner in scope; on the deal team of
 * another owner) rather than {@code owner_id in (…) or exists (member)}: with the OR, PostgreSQL cannot use an
 * index on the owner and reads every open deal. The board and the forecast ask what the pipeline module's
 * queries ask (its board: open deals and the won ones of this quarter, per stage and currency, 20 cards a
 * column; its forecast: six months from the start of this quarter, or this quarter and the next three, per
 * month, status and category), each in one statement here where the module sends several.
 */
final class RawSales {

	/** The cards per stage column of the board (the rest only counted and summed). */
	static final int CARDS_PER_STAGE = Pipelines.CARD_LIMIT;

	private static final String CARD_COLUMNS = "o.id, o.name, o.account_id, o.owner_id, o.stage_id, o.status, "
			+ "o.amount, o.currency, o.close_date, o.probability, o.forecast_category, o.version";

	private final DataSource pool;

	private final String scope;

	private final long user;

	private final long process;

	RawSales(DataSource pool, List<Long> scope, long user, long process) {
		this.pool = pool;
		this.scope = scope.stream().map(String::valueOf).collect(Collectors.joining(","));
		this.user = user;
		this.process = process;
	}

	/** The deals the user reads that meet the condition, with {@code columns} of {@code o}. */
	private String visible(String columns, String condition) {
		return """
				select %1$s from sales_opportunity o where o.owner_id in (%2$s) and %3$s
				union all
				select %1$s from sales_opportunity o
				where o.id in (select m.opportunity_id from sales_opportunity_member m where m.user_id = %4$d)
				and not (o.owner_id in (%2$s)) and %3$s""".formatted(columns, scope, condition, user);
	}

	/**
	 * The board of the default process: per stage and currency the count, the amount and the amount weighted by
	 * probability of the open deals and of those won this quarter, and each column's first
	 * {@value #CARDS_PER_STAGE} cards (open: closing soonest; won: latest first) with the account's and the
	 * owner's names.
	 */
	void board() throws SQLException {
		consume(boardSql());
	}

	String boardSql() {
		LocalDate quarter = periodStart("quarter", LocalDate.now(ZoneOffset.UTC));
		LocalDate end = quarter.plusMonths(3).minusDays(1);
		String won = ("o.process_id = %d and o.status = 'WON' and ((o.close_date >= date '%s' and o.close_date <= "
				+ "date '%s') or (o.close_date is null and o.closed_at >= timestamptz '%sT00:00:00Z' and o.closed_at < "
				+ "timestamptz '%sT00:00:00Z'))").formatted(process, quarter, end, quarter, end.plusDays(1));
		return """
				with deals as (%s union all %s),
				totals as (select stage_id, currency, count(*) deals, sum(amount) amount,
				    sum(amount * probability) / 100 weighted from deals group by stage_id, currency),
				cards as (select * from (select d.*, row_number() over (partition by d.stage_id
				        order by case when d.status = 'OPEN' then d.close_date end asc nulls last,
				        case when d.status = 'WON' then d.close_date end desc nulls last, d.id) n from deals d) r
				    where n <= %d)
				select t.stage_id, t.currency, t.deals, t.amount, t.weighted, c.id, c.name, c.amount, c.close_date,
				    c.probability, c.forecast_category, c.version, a.name, u.display_name
				from totals t left join cards c on c.stage_id = t.stage_id
				left join customer_account a on a.id = c.account_id
				left join platform_user u on u.id = c.owner_id
				order by t.stage_id, c.n
				""".formatted(visible(CARD_COLUMNS, "o.process_id = %d and o.status = 'OPEN'".formatted(process)),
				visible(CARD_COLUMNS, won), CARDS_PER_STAGE);
	}

	/**
	 * The forecast in CNY of the six months from the start of this quarter (by month), or of this quarter and the
	 * next three: per month of the expected close date (of the day won where there is none), status and category,
	 * the won deals and the open ones in commit, best case and pipeline, counted and summed.
	 */
	void forecast(String period) throws SQLException {
		consume(forecastSql(period));
	}

	String forecastSql(String period) {
		// by month too from the start of the quarter, so that what was won this quarter shows
		LocalDate from = periodStart("quarter", LocalDate.now(ZoneOffset.UTC));
		LocalDate to = from.plusMonths(months(period)).minusDays(1);
		String dated = ("o.currency = 'CNY' and (o.status = 'WON' or (o.status = 'OPEN' and o.forecast_category in "
				+ "('COMMIT', 'BEST_CASE', 'PIPELINE'))) and o.close_date >= date '%s' and o.close_date <= date '%s'")
			.formatted(from, to);
		String undated = ("o.currency = 'CNY' and o.status = 'WON' and o.close_date is null and o.closed_at >= "
				+ "timestamptz '%sT00:00:00Z' and o.closed_at < timestamptz '%sT00:00:00Z'")
			.formatted(from, to.plusDays(1));
		String columns = ", o.status, o.forecast_category, o.amount";
		return """
				select extract(year from v.day), extract(month from v.day), v.status, v.forecast_category, count(*),
				    sum(v.amount)
				from (%s union all %s) v
				group by extract(year from v.day), extract(month from v.day), v.status, v.forecast_category
				""".formatted(visible("o.close_date as day" + columns, dated),
				visible("cast(o.closed_at as date) as day" + columns, undated));
	}

	/** The months a forecast covers: six by month, twelve by quarter. */
	static int months(String period) {
		return "month".equalsIgnoreCase(period) ? 6 : 12;
	}

	static LocalDate periodStart(String period, LocalDate day) {
		LocalDate month = day.withDayOfMonth(1);
		return switch (period.toLowerCase(Locale.ROOT)) {
			case "month" -> month;
			case "quarter" -> month.withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
			default -> throw new IllegalArgumentException(period);
		};
	}

	/**
	 * The opportunity page: the deal (if the user reads it) with its account, owner and stage, its buying
	 * contacts and deal team with their names, its competitors and its stage history.
	 */
	void opportunity(long id) throws SQLException {
		consume("""
				select o.*, a.name, u.display_name, s.name,
				    array(select c.full_name || ':' || coalesce(oc.buying_role, '') from sales_opportunity_contact oc
				        join customer_contact c on c.id = oc.contact_id where oc.opportunity_id = o.id) contacts,
				    array(select mu.display_name || ':' || m.role from sales_opportunity_member m
				        join platform_user mu on mu.id = m.user_id where m.opportunity_id = o.id) team,
				    array(select k.name from sales_competitor k where k.opportunity_id = o.id) competitors,
				    array(select coalesce(sc.from_stage_id, 0) || '>' || sc.to_stage_id || '@' || sc.changed_at
				        from sales_stage_change sc where sc.opportunity_id = o.id order by sc.changed_at, sc.id) history
				from sales_opportunity o join customer_account a on a.id = o.account_id
				join platform_user u on u.id = o.owner_id join sales_stage s on s.id = o.stage_id
				where o.id = ? and (o.owner_id in (%s)
				    or exists (select 1 from sales_opportunity_member me where me.opportunity_id = o.id and me.user_id = ?))
				""".formatted(scope), id, user);
	}

	private void consume(String sql, Object... parameters) throws SQLException {
		try (Connection connection = pool.getConnection();
				PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					result.getObject(1);
				}
			}
		}
	}

}
