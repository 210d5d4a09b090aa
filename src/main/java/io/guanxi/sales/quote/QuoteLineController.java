package io.guanxi.sales.quote;

import io.guanxi.sales.Quotes;
import io.guanxi.sales.SaveQuoteLine;
import io.guanxi.sales.ui.Outcomes;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A draft quote's lines, edited on the quote page: adding one (a refused line re-shows
 * the page with its errors), changing a line's quantity and discount, removing one.
 */
@Controller
@RequestMapping("/quotes/{id}/lines")
class QuoteLineController {

	private final Quotes quotes;

	private final QuotePage page;

	private final Outcomes outcomes;

	QuoteLineController(Quotes quotes, QuotePage page, Outcomes outcomes) {
		this.quotes = quotes;
		this.page = page;
		this.outcomes = outcomes;
	}

	@PostMapping
	String add(@PathVariable long id, @RequestParam long version, @Valid @ModelAttribute("lineForm") SaveQuoteLine line,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors() && outcomes.onForm(errors, () -> quotes.addLine(id, line, version))) {
			redirect.addFlashAttribute("done", "sales.quote.lineAdded");
			return "redirect:/quotes/" + id + "#lines";
		}
		return page.show(quotes.get(id), model);
	}

	@PostMapping("/{index}")
	String change(@PathVariable long id, @PathVariable int index, @RequestParam long version,
			@Valid @ModelAttribute("changed") SaveQuoteLine line, BindingResult errors, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("refused", outcomes.firstError(errors));
		}
		else {
			outcomes.flash(redirect, "platform.saved", () -> quotes.changeLine(id, index, line, version));
		}
		return "redirect:/quotes/" + id + "#lines";
	}

	@PostMapping("/{index}/delete")
	String remove(@PathVariable long id, @PathVariable int index, @RequestParam long version,
			RedirectAttributes redirect) {
		outcomes.flash(redirect, "sales.quote.lineRemoved", () -> quotes.removeLine(id, index, version));
		return "redirect:/quotes/" + id + "#lines";
	}

}
