package io.guanxi.sales;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.guanxi.platform.BusinessRuleException;
import io.guanxi.sales.Forecast.Row;
import io.guanxi.sales.pipeline.DealFilters;
import io.guanxi.sales.pipeline.DealSource;
import io.guanxi.sales.pipeline.ForecastQueries;
import io.guanxi.sales.pipeline.ForecastQueries.MonthTotal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sales forecast (销售预测) by month or quarter of the expected close date: closed won,
 * commit, best case and pipeline, as {@link Forecast} defines them, over the deals the
 * caller may read (optionally one owner's, one team's or one product line's). For the
 * forecast pages, the API and analytics.
 */
@Service
@Transactional(readOnly = true)
public class Forecasts {

	/** Periods a forecast covers at most. */
	public static final int MAX_PERIODS = 36;

	private final DealFilters filters;

	private final ForecastQueries queries;

	private final Clock clock;

	Forecasts(DealFilters filters, ForecastQueries queries, Clock clock) {
		this.filters = filters;
		this.queries = queries;
		this.clock = clock;
	}

	/**
	 * The forecast of the periods that hold {@code from}–{@code to}: by default the six
	 * months from the start of this quarter (so that what was won this quarter shows), or
	 * this quarter and the next three. The filter's process (none: every process), owner,
	 * team, product line and currency apply; its close dates do not, from–to do.
	 * @throws BusinessRuleException when to is before from, or more than
	 * {@link #MAX_PERIODS} periods are asked for
	 */
	public Forecast forecast(ForecastPeriod period, @Nullable LocalDate from, @Nullable LocalDate to,
			PipelineFilter filter) {
		LocalDate first = period.start(from != null ? from : ForecastPeriod.QUARTER.start(LocalDate.now(clock)));
		LocalDate last = to != null ? period.next(period.start(to)).minusDays(1)
				: first.plusMonths(period == ForecastPeriod.MONTH ? 6 : 12).minusDays(1);
		List<LocalDate> starts = starts(period, first, last);
		DealSource deals = filters.anyCloseDate(filter);
		if (filter.process() != null) {
			deals = deals.where("o.process_id = :processId", "processId", filter.process());
		}
		String currency = filter.currencyOrDefault();
		List<MonthTotal> months = queries.monthTotals(deals, currency, first, last);
		List<Row> rows = starts.stream()
			.map(start -> row(period.name(start), start, period.next(start).minusDays(1), months))
			.toList();
		return new Forecast(period, currency, first, last, rows, row("total", first, last, months));
	}

	private static List<LocalDate> starts(ForecastPeriod period, LocalDate first, LocalDate last) {
		if (last.isBefore(first)) {
			throw new BusinessRuleException("sales.pipeline.forecast.error.order");
		}
		List<LocalDate> starts = new ArrayList<>();
		for (LocalDate start = first; !start.isAfter(last); start = period.next(start)) {
			if (starts.size() == MAX_PERIODS) {
				throw new BusinessRuleException("sales.pipeline.forecast.error.range", MAX_PERIODS);
			}
			starts.add(start);
		}
		return starts;
	}

	/** The figures of the months start–end, each including the one before. */
	private static Row row(String name, LocalDate start, LocalDate end, List<MonthTotal> months) {
		BigDecimal[] amounts = { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO };
		long[] deals = new long[4];
		for (MonthTotal month : months) {
			int tier = tier(month);
			if (tier >= 0 && !month.month().isBefore(start) && !month.month().isAfter(end)) {
				amounts[tier] = amounts[tier].add(month.amount());
				deals[tier] += month.deals();
			}
		}
		for (int i = 1; i < 4; i++) {
			amounts[i] = amounts[i].add(amounts[i - 1]);
			deals[i] += deals[i - 1];
		}
		return new Row(name, start, end, amounts[0], amounts[1], amounts[2], amounts[3], deals[0], deals[1], deals[2],
				deals[3]);
	}

	/**
	 * 0 closed won, 1 commit, 2 best case, 3 pipeline; -1 for what counts nowhere.
	 */
	private static int tier(MonthTotal month) {
		if (month.status() == OpportunityStatus.WON) {
			return 0;
		}
		return switch (month.category()) {
			case COMMIT -> 1;
			case BEST_CASE -> 2;
			case PIPELINE -> 3;
			default -> -1;
		};
	}

}
