package io.guanxi.sales.order;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.guanxi.sales.PurchaseHistory.Amount;
import io.guanxi.sales.PurchaseHistory.Summary;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The purchase figures of accounts in one grouped query: orders that are not cancelled,
 * counted and totalled per currency, with the first and last order day.
 */
@Component
public class PurchaseQueries {

	private static final int BATCH = 1_000;

	private final JdbcClient jdbc;

	PurchaseQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The figures of each of {@code accountIds} that has orders; the others are left out.
	 */
	public Map<Long, Summary> summaries(Collection<Long> accountIds) {
		Map<Long, List<Row>> rows = new LinkedHashMap<>();
		List<Long> ids = accountIds.stream().distinct().toList();
		for (int from = 0; from < ids.size(); from += BATCH) {
			jdbc.sql("""
					select account_id, currency, count(*) as orders, sum(total) as amount,
					       min(ordered_on) as first_on, max(ordered_on) as last_on
					from sales_order
					where account_id in (:ids) and status <> 'CANCELLED'
					group by account_id, currency""")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + BATCH)))
				.query((rs, n) -> new Row(rs.getLong("account_id"), rs.getString("currency"), rs.getLong("orders"),
						rs.getBigDecimal("amount"), day(rs.getDate("first_on")), day(rs.getDate("last_on"))))
				.list()
				.forEach(row -> rows.computeIfAbsent(row.accountId(), id -> new ArrayList<>()).add(row));
		}
		Map<Long, Summary> summaries = new LinkedHashMap<>();
		rows.forEach((accountId, list) -> summaries.put(accountId, summary(accountId, list)));
		return summaries;
	}

	private static Summary summary(long accountId, List<Row> rows) {
		List<Amount> totals = rows.stream()
			.sorted(Comparator.comparing(Row::amount).reversed())
			.map(row -> new Amount(row.currency(), row.amount()))
			.toList();
		LocalDate first = rows.stream().map(Row::firstOn).min(Comparator.naturalOrder()).orElse(null);
		LocalDate last = rows.stream().map(Row::lastOn).max(Comparator.naturalOrder()).orElse(null);
		return new Summary(accountId, rows.stream().mapToLong(Row::orders).sum(), totals, first, last);
	}

	private static LocalDate day(@Nullable Date date) {
		return date == null ? LocalDate.EPOCH : date.toLocalDate();
	}

	private record Row(long accountId, String currency, long orders, BigDecimal amount, LocalDate firstOn,
			LocalDate lastOn) {
	}

}
