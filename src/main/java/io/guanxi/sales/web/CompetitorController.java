package io.guanxi.sales.web;

import io.guanxi.platform.StaleVersionException;
import io.guanxi.sales.CompetitorView;
import io.guanxi.sales.Competitors;
import io.guanxi.sales.Opportunities;
import io.guanxi.sales.SaveCompetitor;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Competitors on a deal: added on the opportunity page, changed on a form of their own,
 * deleted after a confirmation.
 */
@Controller
@RequestMapping("/opportunities/{id}/competitors")
class CompetitorController {

	static final String FORM = "sales/deal/competitor";

	private final Competitors competitors;

	private final Opportunities opportunities;

	private final OpportunityPage page;

	CompetitorController(Competitors competitors, Opportunities opportunities, OpportunityPage page) {
		this.competitors = competitors;
		this.opportunities = opportunities;
		this.page = page;
	}

	@InitBinder("competitorForm")
	void emptyInputsAreNull(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@PostMapping
	String add(@PathVariable long id, @Valid @ModelAttribute("competitorForm") SaveCompetitor form,
			BindingResult errors, HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			opportunities.checkChange(id);
			model.addAttribute("competitorOpen", true);
			return page.again(id, htmx, model);
		}
		return page.act(id, htmx, model, redirect, () -> {
			competitors.add(id, form);
			model.addAttribute("competitorForm", SaveCompetitor.blank());
			return "sales.competitor.added";
		});
	}

	@GetMapping("/{competitorId}/edit")
	String edit(@PathVariable long id, @PathVariable long competitorId, Model model) {
		opportunities.checkChange(id);
		CompetitorView competitor = competitors.get(id, competitorId);
		model.addAttribute("competitorForm", competitor.toCommand());
		return form(id, competitor, competitor.version(), model);
	}

	@PostMapping("/{competitorId}")
	String update(@PathVariable long id, @PathVariable long competitorId, @RequestParam long version,
			@Valid @ModelAttribute("competitorForm") SaveCompetitor form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		CompetitorView competitor = competitors.get(id, competitorId);
		if (!errors.hasErrors()) {
			try {
				competitors.update(id, competitorId, form, version);
				redirect.addFlashAttribute("notice", "platform.saved");
				return "redirect:/opportunities/" + id + "#competitors";
			}
			catch (StaleVersionException ex) {
				errors.reject("platform.error.stale");
			}
		}
		return form(id, competitor, version, model);
	}

	@PostMapping("/{competitorId}/delete")
	String delete(@PathVariable long id, @PathVariable long competitorId, @RequestParam long version, HtmxRequest htmx,
			Model model, RedirectAttributes redirect) {
		return page.act(id, htmx, model, redirect, () -> {
			competitors.delete(id, competitorId, version);
			return "sales.competitor.deleted";
		});
	}

	private String form(long id, CompetitorView competitor, long version, Model model) {
		model.addAttribute("deal", opportunities.get(id));
		model.addAttribute("competitor", competitor);
		model.addAttribute("version", version);
		return FORM;
	}

}
