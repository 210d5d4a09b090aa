package io.guanxi.sales.lead.web;

import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.UserDirectory;
import io.guanxi.sales.LeadFilter;
import io.guanxi.sales.LeadSource;
import io.guanxi.sales.LeadStatus;
import io.guanxi.sales.LeadSummary;
import io.guanxi.sales.Leads;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The lead list: filter by text, status, owner and source, sort by a column; a list is
 * its URL. While the user changes a filter, htmx asks for the results only.
 */
@Controller
@RequestMapping("/leads")
class LeadListController {

	static final String RESULTS_TARGET = "lead-results";

	private final Leads leads;

	private final UserDirectory users;

	LeadListController(Leads leads, UserDirectory users) {
		this.leads = leads;
		this.users = users;
	}

	@GetMapping
	String list(@ModelAttribute("filter") LeadFilter filter,
			@PageableDefault(size = 25, sort = "createdAt", direction = Sort.Direction.DESC) Pageable pageable,
			HtmxRequest htmx, Model model) {
		try {
			model.addAttribute("page", leads.list(filter, pageable));
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("page", Page.<LeadSummary>empty(pageable));
			model.addAttribute("listError", ex);
		}
		model.addAttribute("links", new LeadListLinks(filter, pageable.getSort()));
		if (htmx.isHtmxRequest() && RESULTS_TARGET.equals(htmx.getTarget())) {
			return "sales/leads/list :: results";
		}
		model.addAttribute("owners", users.assignableOwners());
		model.addAttribute("statuses", LeadStatus.values());
		model.addAttribute("sources", LeadSource.values());
		return "sales/leads/list";
	}

}
