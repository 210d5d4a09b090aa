package io.guanxi.sales.pipeline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.guanxi.sales.ForecastPeriod;
import io.guanxi.sales.PipelineBoard;
import io.guanxi.sales.PipelineBoard.Card;
import io.guanxi.sales.PipelineBoard.Column;
import io.guanxi.sales.PipelineBoard.Total;
import io.guanxi.sales.PipelineFilter;
import io.guanxi.sales.ProcessView;
import io.guanxi.sales.StageView;
import io.guanxi.sales.pipeline.BoardQueries.CardRow;
import io.guanxi.sales.pipeline.DealNames.Names;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Builds the board of one process: the totals of the open deals per stage and of the
 * deals won lately, then each column's first cards, then the names on them. Every
 * question is one statement over the deals the caller reads, so that a board costs the
 * same few statements for fifty reps as for one.
 */
@Component
public class Boards {

	private final DealFilters filters;

	private final BoardQueries queries;

	private final DealNames names;

	private final Clock clock;

	Boards(DealFilters filters, BoardQueries queries, DealNames names, Clock clock) {
		this.filters = filters;
		this.queries = queries;
		this.names = names;
		this.clock = clock;
	}

	/**
	 * The board of the process with at most {@code cardLimit} cards a column, where the
	 * column of the {@code pinned} deal lists it even beyond its first cards.
	 */
	public PipelineBoard board(ProcessView process, PipelineFilter filter, int cardLimit, @Nullable Long pinned) {
		DealSource open = filters.visible(filter)
			.where("o.status = 'OPEN'")
			.where("o.process_id = :processId", "processId", process.id());
		LocalDate[] won = wonWindow(filter);
		List<DealSource> wonDeals = wonDeals(filter, process, won);
		Map<Long, List<Total>> totals = queries.totalsByStage(open);
		for (DealSource deals : wonDeals) {
			queries.totalsByStage(deals).forEach((stage, more) -> totals.merge(stage, more, Total::add));
		}
		Map<Long, List<Long>> openCards = queries.firstCardIdsByStage(open, cardLimit);
		List<List<Long>> cardIds = new ArrayList<>();
		for (StageView stage : process.stages()) {
			List<Long> ids = new ArrayList<>(stage.won() ? wonCardIds(wonDeals, stage, cardLimit)
					: openCards.getOrDefault(stage.id(), List.of()));
			if (pinned != null && !ids.contains(pinned)) {
				for (DealSource deals : stage.won() ? wonDeals : List.of(open)) {
					ids.addAll(queries.cardIds(inStage(deals, stage).where("o.id = :pinned", "pinned", pinned),
							"v.close_date", 1));
				}
			}
			cardIds.add(ids);
		}
		return new PipelineBoard(process, columns(process, totals, cardIds), cardLimit, won[0], won[1]);
	}

	/** Each stage's column with its totals and the cards of the ids. */
	private List<Column> columns(ProcessView process, Map<Long, List<Total>> totals, List<List<Long>> cardIds) {
		Map<Long, CardRow> rows = queries.cards(cardIds.stream().flatMap(List::stream).toList())
			.stream()
			.collect(Collectors.toMap(CardRow::id, row -> row));
		Names named = names(rows.values());
		List<Column> columns = new ArrayList<>();
		for (int i = 0; i < process.stages().size(); i++) {
			StageView stage = process.stages().get(i);
			List<Total> stageTotals = totals.getOrDefault(stage.id(), List.of());
			List<Card> cards = cardIds.get(i)
				.stream()
				.map(rows::get)
				.filter(Objects::nonNull)
				.map(row -> card(row, named))
				.toList();
			columns.add(new Column(stage, stageTotals.stream().mapToLong(Total::count).sum(), stageTotals, cards));
		}
		return columns;
	}

	/** The process's deals won from–to, in its won stages. */
	private List<DealSource> wonDeals(PipelineFilter filter, ProcessView process, LocalDate[] won) {
		List<Long> wonStages = process.stages().stream().filter(StageView::won).map(StageView::id).toList();
		DealSource inWonStages = filters.anyCloseDate(filter)
			.where("o.process_id = :processId", "processId", process.id())
			.where("o.stage_id in (:wonStages)", "wonStages", wonStages.isEmpty() ? List.of(-1L) : wonStages);
		return DealFilters.wonBetween(inWonStages, won[0], won[1]);
	}

	/** The latest won deals of the stage: by close date, then those without one. */
	private List<Long> wonCardIds(List<DealSource> wonDeals, StageView stage, int cardLimit) {
		List<Long> ids = new ArrayList<>();
		for (DealSource deals : wonDeals) {
			if (ids.size() < cardLimit) {
				ids.addAll(
						queries.cardIds(inStage(deals, stage), "v.close_date desc nulls last", cardLimit - ids.size()));
			}
		}
		return ids;
	}

	/**
	 * Won deals count from–to: the filter's close dates, or else the current quarter (a
	 * board of every deal ever won would only grow).
	 */
	private LocalDate[] wonWindow(PipelineFilter filter) {
		if (filter.closeFrom() != null || filter.closeTo() != null) {
			return new LocalDate[] { filter.closeFrom(), filter.closeTo() };
		}
		LocalDate quarter = ForecastPeriod.QUARTER.start(LocalDate.now(clock));
		return new LocalDate[] { quarter, ForecastPeriod.QUARTER.next(quarter).minusDays(1) };
	}

	private static DealSource inStage(DealSource deals, StageView stage) {
		return deals.where("o.stage_id = :stageId", "stageId", stage.id());
	}

	private Names names(Collection<CardRow> rows) {
		Set<Long> accounts = rows.stream().map(CardRow::accountId).collect(Collectors.toSet());
		Set<Long> owners = rows.stream().map(CardRow::ownerId).collect(Collectors.toSet());
		return names.of(accounts, owners);
	}

	private static Card card(CardRow row, Names names) {
		return new Card(row.id(), row.name(), row.accountId(), names.account(row.accountId()), row.ownerId(),
				names.owner(row.ownerId()), row.stageId(), row.status(), row.amount(), row.currency(), row.closeDate(),
				row.probability(), Total.weigh(row.amount(), row.probability()), row.forecastCategory(), row.version());
	}

}
