package io.guanxi.sales.web;

import io.guanxi.relationship.BuyingRole;
import io.guanxi.sales.Opportunities;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customer's people on a deal and their buying roles: add, change the role, remove.
 */
@Controller
@RequestMapping("/opportunities/{id}/contacts")
class DealContactController {

	private final Opportunities opportunities;

	private final OpportunityPage page;

	private final DealPeople people;

	DealContactController(Opportunities opportunities, OpportunityPage page, DealPeople people) {
		this.opportunities = opportunities;
		this.page = page;
		this.people = people;
	}

	/** Adds a person; without a role chosen, with their buying role on the org chart. */
	@PostMapping
	String add(@PathVariable long id, @RequestParam long contactId,
			@RequestParam(required = false) @Nullable BuyingRole role, @RequestParam long version, HtmxRequest htmx,
			Model model, RedirectAttributes redirect) {
		return page.act(id, htmx, model, redirect, () -> {
			BuyingRole chosen = role != null ? role : people.orgRole(opportunities.get(id).accountId(), contactId);
			opportunities.putContact(id, contactId, chosen, version);
			return "sales.deal.contactAdded";
		});
	}

	@PostMapping("/{contactId}")
	String changeRole(@PathVariable long id, @PathVariable long contactId,
			@RequestParam(required = false) @Nullable BuyingRole role, @RequestParam long version, HtmxRequest htmx,
			Model model, RedirectAttributes redirect) {
		return page.act(id, htmx, model, redirect, () -> {
			opportunities.putContact(id, contactId, role, version);
			return null;
		});
	}

	@PostMapping("/{contactId}/remove")
	String remove(@PathVariable long id, @PathVariable long contactId, @RequestParam long version, HtmxRequest htmx,
			Model model, RedirectAttributes redirect) {
		return page.act(id, htmx, model, redirect, () -> {
			opportunities.removeContact(id, contactId, version);
			return "sales.deal.contactRemoved";
		});
	}

}
