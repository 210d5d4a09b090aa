package io.guanxi.sales.pipeline;

import io.guanxi.sales.PipelineFilter;
import io.guanxi.sales.PipelineSummary;
import io.guanxi.sales.Pipelines;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The open pipeline per rep (and per team, for managers): the board's figures laid out as
 * a table, one row per owner, one column per stage.
 */
@Controller
class PipelineSummaryController {

	private final Pipelines pipelines;

	private final FilterChoices choices;

	PipelineSummaryController(Pipelines pipelines, FilterChoices choices) {
		this.pipelines = pipelines;
		this.choices = choices;
	}

	@GetMapping("/pipeline/summary")
	String summary(@ModelAttribute("filter") PipelineFilter filter, Model model) {
		PipelineSummary summary = pipelines.summary(filter);
		model.addAttribute("summary", summary);
		model.addAttribute("links", new PipelineLinks(filter.withProcess(summary.process().id())));
		choices.addTo(model, filter);
		return "sales/pipeline/summary";
	}

}
