package io.guanxi.sales.pipeline;

import io.guanxi.sales.PipelineBoard;
import io.guanxi.sales.PipelineFilter;
import io.guanxi.sales.Pipelines;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The pipeline board (销售漏斗看板), the sales landing page: a column per stage of one process,
 * cards dragged between them (static/js/pipeline-board.js posts the move to
 * {@link BoardMoveController}). While the user changes a filter, htmx asks for the board
 * only.
 */
@Controller
class PipelineController {

	static final String BOARD = "sales/pipeline/board";

	private final Pipelines pipelines;

	private final FilterChoices choices;

	PipelineController(Pipelines pipelines, FilterChoices choices) {
		this.pipelines = pipelines;
		this.choices = choices;
	}

	@GetMapping("/sales")
	String sales() {
		return "redirect:/pipeline";
	}

	@GetMapping("/pipeline")
	String board(@ModelAttribute("filter") PipelineFilter filter, HtmxRequest htmx, Model model) {
		PipelineBoard board = pipelines.board(filter);
		model.addAttribute("board", board);
		model.addAttribute("links", new PipelineLinks(filter.withProcess(board.process().id())));
		if ("board".equals(htmx.getTarget())) {
			return BOARD + " :: board";
		}
		choices.addTo(model, filter);
		return BOARD;
	}

}
