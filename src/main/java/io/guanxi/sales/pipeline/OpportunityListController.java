package io.guanxi.sales.pipeline;

import java.util.List;

import io.guanxi.platform.BusinessRuleException;
import io.guanxi.sales.OpportunityFilter;
import io.guanxi.sales.OpportunityRow;
import io.guanxi.sales.OpportunityStatus;
import io.guanxi.sales.Pipelines;
import io.guanxi.sales.ProcessView;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The opportunity table (商机列表): every deal the caller may read, filtered, sorted and
 * paged; the board's "+N more" opens it on one stage. While the user changes a filter,
 * htmx asks for the results only.
 */
@Controller
class OpportunityListController {

	private final Pipelines pipelines;

	private final FilterChoices choices;

	OpportunityListController(Pipelines pipelines, FilterChoices choices) {
		this.pipelines = pipelines;
		this.choices = choices;
	}

	@GetMapping("/opportunities")
	String list(@ModelAttribute("filter") OpportunityFilter filter,
			@PageableDefault(size = 25, sort = "closeDate", direction = Sort.Direction.ASC) Pageable pageable,
			HttpServletRequest request, HtmxRequest htmx, Model model) {
		Page<OpportunityRow> rows;
		try {
			rows = pipelines.list(filter, pageable);
		}
		catch (BusinessRuleException ex) {
			rows = Page.empty(pageable);
			model.addAttribute("listError", ex);
		}
		model.addAttribute("rows", rows);
		model.addAttribute("table", TableLinks.of(request, pageable.getSort()));
		model.addAttribute("links", new PipelineLinks(filter.pipeline()));
		if ("opportunity-results".equals(htmx.getTarget())) {
			return "sales/pipeline/list :: results";
		}
		choices.addTo(model, filter.pipeline());
		List<ProcessView> processes = pipelines.processes();
		model.addAttribute("stageChoices", StageChoice.of(processes, filter.process()));
		model.addAttribute("statuses", OpportunityStatus.values());
		return "sales/pipeline/list";
	}

}
