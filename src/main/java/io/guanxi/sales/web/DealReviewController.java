package io.guanxi.sales.web;

import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.sales.DealReviews;
import io.guanxi.sales.Opportunities;
import io.guanxi.sales.SaveDealReview;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The post-close review (复盘) on a won or lost deal's page. A refused or stale save shows
 * the form again with what the user wrote.
 */
@Controller
@RequestMapping("/opportunities/{id}/review")
class DealReviewController {

	private final DealReviews reviews;

	private final Opportunities opportunities;

	private final OpportunityPage page;

	DealReviewController(DealReviews reviews, Opportunities opportunities, OpportunityPage page) {
		this.reviews = reviews;
		this.opportunities = opportunities;
		this.page = page;
	}

	@InitBinder("reviewForm")
	void emptyInputsAreNull(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@PostMapping
	String save(@PathVariable long id, @RequestParam(required = false) @Nullable Long version,
			@Valid @ModelAttribute("reviewForm") SaveDealReview form, BindingResult errors, HtmxRequest htmx,
			Model model, RedirectAttributes redirect) {
		opportunities.checkChange(id);
		if (!errors.hasErrors()) {
			try {
				reviews.save(id, form, version);
				redirect.addFlashAttribute("notice", "sales.review.saved");
				model.addAttribute("notice", "sales.review.saved");
				return htmx.isHtmxRequest() && !htmx.isBoosted() ? page.again(id, htmx, model)
						: "redirect:/opportunities/" + id + "#review";
			}
			catch (BusinessRuleException ex) {
				ex.rejectOn(errors);
			}
			catch (StaleVersionException ex) {
				errors.reject("platform.error.stale");
			}
		}
		model.addAttribute("reviewOpen", true);
		return page.again(id, htmx, model);
	}

}
