package io.guanxi.sales.quote;

import io.guanxi.sales.QuoteSteps;
import io.guanxi.sales.Quotes;
import io.guanxi.sales.ui.Outcomes;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The buttons on the quote page that move it along: submit, approve, reject, send,
 * accepted, declined, reopen, delete. Each posts the version the page showed and comes
 * back to the quote with what happened.
 */
@Controller
@RequestMapping("/quotes/{id}")
class QuoteStepController {

	private final QuoteSteps steps;

	private final Quotes quotes;

	private final Outcomes outcomes;

	QuoteStepController(QuoteSteps steps, Quotes quotes, Outcomes outcomes) {
		this.steps = steps;
		this.quotes = quotes;
		this.outcomes = outcomes;
	}

	@PostMapping("/submit")
	String submit(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		outcomes.flash(redirect, "sales.quote.submitted", () -> steps.submit(id, version));
		return back(id);
	}

	@PostMapping("/approve")
	String approve(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		outcomes.flash(redirect, "sales.quote.approved", () -> steps.approve(id, note, version));
		return back(id);
	}

	@PostMapping("/reject")
	String reject(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		if (reason == null || reason.isBlank()) {
			redirect.addFlashAttribute("refused", outcomes.message("sales.quote.error.reasonRequired"));
			return back(id);
		}
		outcomes.flash(redirect, "sales.quote.rejected", () -> steps.reject(id, reason, version));
		return back(id);
	}

	@PostMapping("/send")
	String send(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		outcomes.flash(redirect, "sales.quote.sent", () -> steps.send(id, version));
		return back(id);
	}

	@PostMapping("/accept")
	String accept(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		outcomes.flash(redirect, "sales.quote.accepted", () -> steps.accept(id, version));
		return back(id);
	}

	@PostMapping("/decline")
	String decline(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		outcomes.flash(redirect, "sales.quote.declined", () -> steps.decline(id, version));
		return back(id);
	}

	@PostMapping("/reopen")
	String reopen(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		outcomes.flash(redirect, "sales.quote.reopened", () -> steps.reopen(id, version));
		return back(id);
	}

	@PostMapping("/delete")
	String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		long accountId = quotes.get(id).accountId();
		if (outcomes.flash(redirect, "sales.quote.deleted", () -> quotes.delete(id, version))) {
			return "redirect:/accounts/" + accountId + "#quotes";
		}
		return back(id);
	}

	private static String back(long id) {
		return "redirect:/quotes/" + id;
	}

}
