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

/**
 * The baselines of the sales rows: what the pipeline board, the forecast and the opportunity page need, each
 * in one statement over plain JDBC, for the sales manager (its scope: itself and its reps; and the deals whose
 * team it is on, as the application's read rule says).
 * <p>
 * The deals a user reads are written as a UNION of the two ways in (owner in scope; member of the deal team)
 * rather than {@code owner_id in (…) or exists (member)}: with the OR, PostgreSQL cannot use an index for
 * either side and reads the whole table.
 */
final class RawSales {

	/** The cards per stage column of the board (the rest only counted and summed). */
	static final int CARDS_PER_STAGE = 20;

	/** Months the forecast looks ahead, from the start of the current period. */
	static final int FORECAST_MONTHS = 12;

	private final DataSource pool;

	private final String scope;

	private final long user;

	RawSales(DataSource pool, List<Long> scope, long user) {
		this.pool = pool;
		this.scope = scope.stream().map(String::valueOf).collect(Collectors.joining(","));
		this.user = user;
	}

	/** The open deals the user reads, with the columns the board and the forecast use. */
	private String visible(String condition) {
		String columns = "o.id, o.name, o.account_id, o.owner_id, o.stage_id, o.status, o.amount, o.currency, "
				+ "o.close_date, o.probability, o.forecast_category";
		return """
				select %1$s from sales_opportunity o where o.owner_id in (%2$s) and %3$s
				union
				select %1$s from sales_opportunity_member m join sales_opportunity o on o.id = m.opportunity_id
				where m.user_id = %4$d and %3$s""".formatted(columns, scope, condition, user);
	}

	/**
	 * The board: per stage of the open deals the count, the amount and the amount weighted by probability, and
	 * the first {@value #CARDS_PER_STAGE} cards (closing soonest) with the account's and the owner's names.
	 */
	void board() throws SQLException {
		consume("""
				with visible as (%s),
				cards as (select v.*, row_number() over (partition by v.stage_id order by v.close_date nulls last, v.id) n
				    from visible v)
				select t.stage_id, t.deals, t.amount, t.weighted, c.id, c.name, c.amount, c.close_date, c.probability,
				    a.name, u.display_name
				from (select stage_id, count(*) deals, sum(amount) amount, sum(amount * probability / 100) weighted
				      from visible group by stage_id) t
				left join cards c on c.stage_id = t.stage_id and c.n <= %d
				left join customer_account a on a.id = c.account_id
				left join platform_user u on u.id = c.owner_id
				order by t.stage_id, c.n
				""".formatted(visible("o.status = 'OPEN'"), CARDS_PER_STAGE));
	}

	/**
	 * The forecast of the next {@value #FORECAST_MONTHS} months from the start of the current month or quarter:
	 * per rep, period and forecast category, the open and won deals closing then, counted and summed (amount and
	 * weighted amount).
	 */
	void forecast(String period) throws SQLException {
		LocalDate from = periodStart(period, LocalDate.now(ZoneOffset.UTC));
		consume("""
				select v.owner_id, date_trunc('%s', v.close_date) period, v.forecast_category, count(*),
				    sum(v.amount), sum(v.amount * v.probability / 100)
				from (%s) v group by 1, 2, 3 order by 1, 2, 3
				""".formatted(period, visible("o.status <> 'LOST' and o.close_date >= ? and o.close_date < ?")), from,
				from.plusMonths(FORECAST_MONTHS), from, from.plusMonths(FORECAST_MONTHS));
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
