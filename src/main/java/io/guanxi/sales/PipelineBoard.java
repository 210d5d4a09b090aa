package io.guanxi.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The kanban board of one sales process: a column per open stage with the open deals in
 * it, then the won stage with the deals won in {@code wonFrom}–{@code wonTo}. Totals
 * count every matching deal; each column lists at most {@code cardLimit} cards (closest
 * expected close date first, the latest won first).
 *
 * @param wonFrom won deals count from this day (empty: any day before {@code wonTo})
 * @param wonTo won deals count until this day, included (empty: any day after
 * {@code wonFrom})
 */
public record PipelineBoard(ProcessView process, List<Column> columns, int cardLimit, @Nullable LocalDate wonFrom,
		@Nullable LocalDate wonTo) {

	/** The open columns' totals per currency, the one with the most deals first. */
	public List<Total> openTotals() {
		return add(columns.stream().filter(column -> !column.stage().won()).toList());
	}

	/** The won columns' totals per currency, the one with the most deals first. */
	public List<Total> wonTotals() {
		return add(columns.stream().filter(column -> column.stage().won()).toList());
	}

	private static List<Total> add(List<Column> columns) {
		return byCurrency(columns.stream().flatMap(column -> column.totals().stream()).toList());
	}

	private static List<Total> byCurrency(List<Total> totals) {
		Map<String, Total> byCurrency = new LinkedHashMap<>();
		totals.forEach(total -> byCurrency.merge(total.currency(), total, (one, other) -> new Total(one.currency(),
				one.count() + other.count(), one.amount().add(other.amount()), one.weighted().add(other.weighted()))));
		return byCurrency.values()
			.stream()
			.sorted(Comparator.comparingLong(Total::count).reversed().thenComparing(Total::currency))
			.toList();
	}

	/**
	 * A stage with its totals (one per currency, the largest first) and its first cards.
	 *
	 * @param count the matching deals in every currency
	 * @param more how many of them the column does not list
	 */
	public record Column(StageView stage, long count, List<Total> totals, List<Card> cards, long more) {

		public Column(StageView stage, long count, List<Total> totals, List<Card> cards) {
			this(stage, count, totals, cards, Math.max(0, count - cards.size()));
		}

	}

	/**
	 * The deals of one currency in a column.
	 *
	 * @param weighted each amount times its probability
	 */
	public record Total(String currency, long count, BigDecimal amount, BigDecimal weighted) {

		/**
		 * Two lists of totals, one per currency, added up per currency, the one with the
		 * most deals first.
		 */
		public static List<Total> add(List<Total> one, List<Total> other) {
			List<Total> all = new java.util.ArrayList<>(one);
			all.addAll(other);
			return byCurrency(all);
		}

		public static BigDecimal weigh(@Nullable BigDecimal amount, int probability) {
			return amount == null ? BigDecimal.ZERO : amount.multiply(BigDecimal.valueOf(probability))
				.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
		}

	}

	/**
	 * A deal on the board; {@code version} is needed to move it.
	 *
	 * @param weighted the amount times the probability
	 */
	public record Card(long id, String name, long accountId, String accountName, long ownerId, String ownerName,
			long stageId, OpportunityStatus status, @Nullable BigDecimal amount, String currency,
			@Nullable LocalDate closeDate, int probability, BigDecimal weighted, ForecastCategory forecastCategory,
			long version) {

		/** Whether the deal is open and past its expected close date. */
		public boolean overdueOn(LocalDate today) {
			return status.overdue(closeDate, today);
		}

	}

}
