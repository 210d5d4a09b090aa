package io.guanxi.sales;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.guanxi.sales.PipelineBoard.Card;
import io.guanxi.sales.PipelineBoard.Column;
import io.guanxi.sales.PipelineBoard.Total;
import io.guanxi.sales.PipelineSummary.Row;
import io.guanxi.sales.pipeline.BoardQueries;
import io.guanxi.sales.pipeline.BoardQueries.CardRow;
import io.guanxi.sales.pipeline.DealFilters;
import io.guanxi.sales.pipeline.DealList;
import io.guanxi.sales.pipeline.DealNames;
import io.guanxi.sales.pipeline.DealNames.Names;
import io.guanxi.sales.pipeline.DealSource;
import io.guanxi.sales.pipeline.SummaryQueries;
import io.guanxi.sales.pipeline.SummaryRows;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sales pipeline (销售漏斗) as the board shows it: the open deals of one process per
 * stage, and the deals won lately. Every total adds up all matching deals the caller may
 * read, however many; each column lists only the first {@link #CARD_LIMIT}, so a board
 * over a manager's fifty reps stays as quick as a rep's.
 */
@Service
@Transactional(readOnly = true)
public class Pipelines {

	/** Cards a column lists at most; "+N more" links to the table for the rest. */
	public static final int CARD_LIMIT = 50;

	private final SalesProcesses processes;

	private final DealFilters filters;

	private final BoardQueries queries;

	private final DealNames names;

	private final SummaryQueries summaries;

	private final SummaryRows rows;

	private final DealList list;

	private final Clock clock;

	Pipelines(SalesProcesses processes, DealFilters filters, BoardQueries queries, DealNames names,
			SummaryQueries summaries, SummaryRows rows, DealList list, Clock clock) {
		this.processes = processes;
		this.filters = filters;
		this.queries = queries;
		this.names = names;
		this.summaries = summaries;
		this.rows = rows;
		this.list = list;
		this.clock = clock;
	}

	/** The board of the filter's process (else the default process). */
	public PipelineBoard board(PipelineFilter filter) {
		return board(filter, null);
	}

	/**
	 * The board, where the column of the {@code pinned} deal lists it even beyond its
	 * first cards (the deal just dropped there).
	 */
	public PipelineBoard board(PipelineFilter filter, @Nullable Long pinned) {
		ProcessView process = process(filter.process());
		DealSource open = filters.visible(filter)
			.where("o.status = 'OPEN'")
			.where("o.process_id = :processId", "processId", process.id());
		LocalDate[] won = wonWindow(filter);
		DealSource wonDeals = DealFilters.wonBetween(filters.anyCloseDate(filter), won[0], won[1])
			.where("o.status = 'WON'")
			.where("o.process_id = :processId", "processId", process.id());
		Map<Long, List<Total>> totals = queries.totalsByStage(open);
		totals.putAll(queries.totalsByStage(wonDeals));
		List<List<Long>> cardIds = new ArrayList<>();
		for (StageView stage : process.stages()) {
			DealSource inStage = (stage.won() ? wonDeals : open).where("o.stage_id = :stageId", "stageId", stage.id());
			List<Long> ids = new ArrayList<>(queries.cardIds(inStage,
					stage.won() ? "v.close_date desc nulls last" : "v.close_date asc nulls last", CARD_LIMIT));
			if (pinned != null && !ids.contains(pinned)) {
				ids.addAll(queries.cardIds(inStage.where("o.id = :pinned", "pinned", pinned), "v.close_date", 1));
			}
			cardIds.add(ids);
		}
		Map<Long, CardRow> rows = queries.cards(cardIds.stream().flatMap(List::stream).toList())
			.stream()
			.collect(Collectors.toMap(CardRow::id, row -> row));
		Names named = names(List.copyOf(rows.values()));
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
		return new PipelineBoard(process, columns, CARD_LIMIT, won[0], won[1]);
	}

	/**
	 * The open deals of the filter's process (else the default process) in its currency
	 * per owner and stage, and per team for those who see more than their own.
	 */
	public PipelineSummary summary(PipelineFilter filter) {
		ProcessView process = process(filter.process());
		List<StageView> stages = process.stages().stream().filter(stage -> !stage.won()).toList();
		String currency = filter.currencyOrDefault();
		DealSource open = filters.visible(filter)
			.where("o.status = 'OPEN'")
			.where("o.process_id = :processId", "processId", process.id())
			.where("o.currency = :currency", "currency", currency);
		List<Row> owners = rows.owners(stages, summaries.totals(open));
		return new PipelineSummary(process, currency, stages, owners, rows.teams(owners, stages.size()),
				SummaryRows.sum(null, "", stages.size(), owners));
	}

	/**
	 * One page of the opportunities that meet the filter, sorted by {@code closeDate},
	 * {@code amount}, {@code name}, {@code stage}, {@code updated} or {@code probability}
	 * (by close date when the request names none of them). The total is exact up to
	 * 10,000; pages beyond the first 10,000 deals are refused.
	 */
	public Page<OpportunityRow> list(OpportunityFilter filter, Pageable pageable) {
		Page<Long> ids = list.page(filters.table(filter), pageable);
		List<DealList.Row> found = list.rows(ids.getContent());
		Names named = names.of(found.stream().map(DealList.Row::accountId).collect(Collectors.toSet()),
				found.stream().map(DealList.Row::ownerId).collect(Collectors.toSet()));
		Map<Long, ProcessView> byId = new HashMap<>();
		Map<Long, DealList.Row> rows = found.stream().collect(Collectors.toMap(DealList.Row::id, row -> row));
		return ids.map(id -> rows.get(id))
			.map(row -> row == null ? null : row(row, byId.computeIfAbsent(row.processId(), processes::get), named));
	}

	/** The processes a board can show: the active ones. */
	public List<ProcessView> processes() {
		return processes.active();
	}

	ProcessView process(@Nullable Long processId) {
		return processId == null ? processes.defaultProcess() : processes.get(processId);
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

	private Names names(List<CardRow> rows) {
		Set<Long> accounts = rows.stream().map(CardRow::accountId).collect(Collectors.toSet());
		Set<Long> owners = rows.stream().map(CardRow::ownerId).collect(Collectors.toSet());
		return names.of(accounts, owners);
	}

	private static OpportunityRow row(DealList.Row row, ProcessView process, Names names) {
		return new OpportunityRow(row.id(), row.name(), row.accountId(), names.account(row.accountId()), row.ownerId(),
				names.owner(row.ownerId()), row.processId(), OpportunityRow.Stage.of(process.stage(row.stageId())),
				row.status(), row.amount(), row.currency(), row.closeDate(), row.probability(),
				Total.weigh(row.amount(), row.probability()), row.forecastCategory(), row.productLine(),
				row.updatedAt());
	}

	static Card card(CardRow row, Names names) {
		return new Card(row.id(), row.name(), row.accountId(), names.account(row.accountId()), row.ownerId(),
				names.owner(row.ownerId()), row.stageId(), row.status(), row.amount(), row.currency(), row.closeDate(),
				row.probability(), Total.weigh(row.amount(), row.probability()), row.forecastCategory(), row.version());
	}

}
