package io.guanxi.sales.quote;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.guanxi.customer.AccountDetails;
import io.guanxi.customer.AccountService;
import io.guanxi.sales.PriceBookView;
import io.guanxi.sales.PriceBooks;
import io.guanxi.sales.QuoteStatus;
import io.guanxi.sales.QuoteSteps;
import io.guanxi.sales.QuoteTerms;
import io.guanxi.sales.QuoteView;
import io.guanxi.sales.Quotes;
import io.guanxi.sales.ui.Outcomes;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The quote pages: the list (with what waits for the caller's approval), a new quote on
 * an account, its terms form, the quote itself and its print version.
 */
@Controller
class QuoteController {

	static final String FORM = "sales/quotes/form";

	private final Quotes quotes;

	private final QuoteSteps steps;

	private final PriceBooks priceBooks;

	private final AccountService accounts;

	private final QuotePage page;

	private final Outcomes outcomes;

	private final Clock clock;

	QuoteController(Quotes quotes, QuoteSteps steps, PriceBooks priceBooks, AccountService accounts, QuotePage page,
			Outcomes outcomes, Clock clock) {
		this.quotes = quotes;
		this.steps = steps;
		this.priceBooks = priceBooks;
		this.accounts = accounts;
		this.page = page;
		this.outcomes = outcomes;
		this.clock = clock;
	}

	@GetMapping("/quotes")
	String list(@RequestParam(required = false) @Nullable QuoteStatus status,
			@PageableDefault(size = 25, sort = "createdAt", direction = Sort.Direction.DESC) Pageable pageable,
			Model model) {
		model.addAttribute("status", status);
		model.addAttribute("statuses", QuoteStatus.values());
		model.addAttribute("quotes", quotes.list(status, pageable));
		model.addAttribute("awaiting",
				steps.awaitingMyApproval(PageRequest.of(0, 50, Sort.by(Sort.Direction.ASC, "submittedAt"))));
		return "sales/quotes/list";
	}

	@GetMapping("/accounts/{accountId}/quotes/new")
	String newQuote(@PathVariable long accountId, Model model) {
		AccountDetails account = accounts.get(accountId);
		Long standard = priceBooks.standard().map(PriceBookView::id).orElse(null);
		model.addAttribute("form",
				new QuoteTerms(account.name(), standard, LocalDate.now(clock).plusDays(30), BigDecimal.ZERO, null));
		return form(model, account.id(), account.name(), null, 0);
	}

	@PostMapping("/accounts/{accountId}/quotes")
	String create(@PathVariable long accountId, @RequestParam(required = false) @Nullable Long opportunityId,
			@Valid @ModelAttribute("form") QuoteTerms form, BindingResult errors, Model model) {
		if (!errors.hasErrors()) {
			Optional<QuoteView> created = outcomes.attempt(errors,
					() -> quotes.create(accountId, opportunityId, form, List.of()));
			if (created.isPresent()) {
				return "redirect:/quotes/" + created.get().id();
			}
		}
		return form(model, accountId, accounts.get(accountId).name(), null, 0);
	}

	@GetMapping("/quotes/{id}")
	String show(@PathVariable long id, Model model) {
		return page.show(quotes.get(id), model);
	}

	@GetMapping("/quotes/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		QuoteView quote = quotes.get(id);
		model.addAttribute("form", QuoteTerms.of(quote));
		return form(model, quote.accountId(), quote.accountName(), quote, quote.version());
	}

	@PostMapping("/quotes/{id}")
	String update(@PathVariable long id, @RequestParam long version, @Valid @ModelAttribute("form") QuoteTerms form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors() && outcomes.onForm(errors, () -> quotes.reviseTerms(id, form, version))) {
			redirect.addFlashAttribute("done", "platform.saved");
			return "redirect:/quotes/" + id;
		}
		QuoteView quote = quotes.get(id);
		return form(model, quote.accountId(), quote.accountName(), quote, version);
	}

	@GetMapping("/quotes/{id}/print")
	String print(@PathVariable long id, Model model) {
		QuoteView quote = quotes.get(id);
		model.addAttribute("quote", quote);
		// the address is the account's, which a manager approving a report's quote may
		// not read
		model.addAttribute("account", quote.accountName() == null ? null : accounts.get(quote.accountId()));
		return "sales/quotes/print";
	}

	private String form(Model model, long accountId, @Nullable String accountName, @Nullable QuoteView quote,
			long version) {
		model.addAttribute("accountId", accountId);
		model.addAttribute("accountName", accountName);
		model.addAttribute("quote", quote);
		model.addAttribute("version", version);
		model.addAttribute("priceBooks",
				priceBooks.list().stream().filter(book -> book.active() || isBookOf(quote, book)).toList());
		return FORM;
	}

	private static boolean isBookOf(@Nullable QuoteView quote, PriceBookView book) {
		return quote != null && quote.priceBookId() == book.id();
	}

}
