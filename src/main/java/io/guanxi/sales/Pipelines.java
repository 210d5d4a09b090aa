package io.guanxi.sales;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.guanxi.sales.PipelineBoard.Total;
import io.guanxi.sales.PipelineSummary.Row;
import io.guanxi.sales.pipeline.Boards;
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
 * The sales pipeline (销售漏斗): the board of one process (the open deals per stage and the
 * deals won lately), the open pipeline per rep and team, and the opportunity table. Every
 * total adds up all matching deals the caller may read, however many; a board column
 * lists only the first {@link #CARD_LIMIT}, so a board over a manager's fifty reps stays
 * as quick as a rep's. For the pipeline pages, the API and analytics.
 */
@Service
@Transactional(readOnly = true)
public class Pipelines {

	/** Cards a column lists at most; "+N more" links to the table for the rest. */
	public static final int CARD_LIMIT = 20;

	private final SalesProcesses processes;

	private final Boards boards;

	private final DealFilters filters;

	private final DealNames names;

	private final SummaryQueries summaries;

	private final SummaryRows rows;

	private final DealList list;

	Pipelines(SalesProcesses processes, Boards boards, DealFilters filters, DealNames names, SummaryQueries summaries,
			SummaryRows rows, DealList list) {
		this.processes = processes;
		this.boards = boards;
		this.filters = filters;
		this.names = names;
		this.summaries = summaries;
		this.rows = rows;
		this.list = list;
	}

	/**
	 * The board of the filter's process (else the default process): a column per stage,
	 * the open stages with the open deals (closing soonest first), the won stage with the
	 * deals won in the filter's close dates, else this quarter (latest first).
	 */
	public PipelineBoard board(PipelineFilter filter) {
		return board(filter, null);
	}

	/**
	 * The board, where the column of the {@code pinned} deal lists it even beyond its
	 * first cards (the deal just dropped there).
	 */
	public PipelineBoard board(PipelineFilter filter, @Nullable Long pinned) {
		return boards.board(process(filter.process()), filter, CARD_LIMIT, pinned);
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
		return ids.map(rows::get)
			.map(row -> row == null ? null : row(row, byId.computeIfAbsent(row.processId(), processes::get), named));
	}

	/** The processes a board can show: the active ones. */
	public List<ProcessView> processes() {
		return processes.active();
	}

	private ProcessView process(@Nullable Long processId) {
		return processId == null ? processes.defaultProcess() : processes.get(processId);
	}

	private static OpportunityRow row(DealList.Row row, ProcessView process, Names names) {
		return new OpportunityRow(row.id(), row.name(), row.accountId(), names.account(row.accountId()), row.ownerId(),
				names.owner(row.ownerId()), row.processId(), OpportunityRow.Stage.of(process.stage(row.stageId())),
				row.status(), row.amount(), row.currency(), row.closeDate(), row.probability(),
				Total.weigh(row.amount(), row.probability()), row.forecastCategory(), row.productLine(),
				row.updatedAt());
	}

}
