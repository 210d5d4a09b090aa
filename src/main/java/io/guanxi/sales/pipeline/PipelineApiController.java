package io.guanxi.sales.pipeline;

import java.time.LocalDate;

import io.guanxi.sales.Forecast;
import io.guanxi.sales.ForecastPeriod;
import io.guanxi.sales.Forecasts;
import io.guanxi.sales.OpportunityFilter;
import io.guanxi.sales.OpportunityRow;
import io.guanxi.sales.PipelineBoard;
import io.guanxi.sales.PipelineFilter;
import io.guanxi.sales.PipelineSummary;
import io.guanxi.sales.Pipelines;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Pipeline and forecast",
		description = "The pipeline board, the opportunity list, pipeline per rep and team, "
				+ "and the forecast, over the opportunities the caller may read")
class PipelineApiController {

	private static final String FILTERS = "Filters: process (id; default the default process), owner (me or a user id), "
			+ "team (team id: its active members' deals), closeFrom/closeTo (expected close date, ISO, inclusive), "
			+ "productLine (ignoring case).";

	private final Pipelines pipelines;

	private final Forecasts forecasts;

	PipelineApiController(Pipelines pipelines, Forecasts forecasts) {
		this.pipelines = pipelines;
		this.forecasts = forecasts;
	}

	@GetMapping("/pipeline")
	@Operation(summary = "The board: a column per stage of one process with totals and the first cards",
			description = FILTERS + " Open stages hold the open deals, the won stage the deals won from closeFrom to "
					+ "closeTo (default this quarter). Totals (count, amount, weighted = amount x probability) "
					+ "count every matching deal, one total per currency; each column lists at most "
					+ Pipelines.CARD_LIMIT + " cards (closest expected close date first) and says how many more "
					+ "there are. A card's version is what a stage move needs as If-Match.")
	PipelineBoard board(@ParameterObject @ModelAttribute PipelineFilter filter) {
		return pipelines.board(filter);
	}

	@GetMapping("/pipeline/summary")
	@Operation(summary = "Open deals per owner (and per team for managers) and stage of one process and currency",
			description = FILTERS + " currency (default CNY): only deals in it are added up.")
	PipelineSummary summary(@ParameterObject @ModelAttribute PipelineFilter filter) {
		return pipelines.summary(filter);
	}

	@GetMapping("/forecast")
	@Operation(summary = "Closed won, commit, best case and pipeline per month or quarter of the expected close date",
			description = "period: month (default) or quarter; from/to (ISO dates): the periods that hold them "
					+ "(default the six months from the start of this quarter, or this quarter and the next three; at most "
					+ Forecasts.MAX_PERIODS + " periods, else 409). Each figure includes the one before: closed "
					+ "won = won deals; commit = closed won + open deals in COMMIT; best case = commit + open "
					+ "BEST_CASE; pipeline = best case + open PIPELINE. OMITTED, lost and undated open deals count "
					+ "nowhere; a won deal without close date counts on the day it was won. Only deals in currency "
					+ "(default CNY) are added up, never converted. Also: process (default every process), owner, "
					+ "team, productLine as for the board; closeFrom/closeTo are ignored.")
	Forecast forecast(@RequestParam(defaultValue = "month") String period,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@ParameterObject @ModelAttribute PipelineFilter filter) {
		return forecasts.forecast(ForecastPeriod.of(period), from, to, filter);
	}

	@GetMapping("/opportunities")
	@Operation(summary = "Opportunities the caller may read that match every given filter, paged (page, size, sort)",
			description = "Filters: q (name contains), stage (stage ids), status (OPEN, WON, LOST), owner (me or a user "
					+ "id), team, process, closeFrom/closeTo (ISO, inclusive), productLine, amountFrom/amountTo "
					+ "(inclusive), currency; repeat stage or status to allow several. Sort by closeDate (default), "
					+ "amount, name, stage, updated or probability. totalElements is exact up to 10,000; 10,001 "
					+ "means more, and pages beyond the first 10,000 deals are refused with 409.")
	PagedModel<OpportunityRow> list(@ParameterObject @ModelAttribute OpportunityFilter filter,
			@ParameterObject @PageableDefault(size = 25, sort = "closeDate",
					direction = Sort.Direction.ASC) Pageable pageable) {
		return new PagedModel<>(pipelines.list(filter, pageable));
	}

	/**
	 * An owner that is neither me nor a number, a period that is neither month nor
	 * quarter.
	 */
	@ExceptionHandler
	ProblemDetail on(IllegalArgumentException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

}
