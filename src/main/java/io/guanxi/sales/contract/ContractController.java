package io.guanxi.sales.contract;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import io.guanxi.customer.AccountService;
import io.guanxi.sales.ContractStatus;
import io.guanxi.sales.ContractView;
import io.guanxi.sales.Contracts;
import io.guanxi.sales.QuoteView;
import io.guanxi.sales.Quotes;
import io.guanxi.sales.SaveContract;
import io.guanxi.sales.catalog.Currencies;
import io.guanxi.sales.ui.Outcomes;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
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
 * The contract pages: the list, a new contract on an account (filled in from a quote when
 * made from one), its form and the contract itself.
 */
@Controller
class ContractController {

	private static final String FORM = "sales/contracts/form";

	private final Contracts contracts;

	private final Quotes quotes;

	private final AccountService accounts;

	private final Outcomes outcomes;

	private final Clock clock;

	ContractController(Contracts contracts, Quotes quotes, AccountService accounts, Outcomes outcomes, Clock clock) {
		this.contracts = contracts;
		this.quotes = quotes;
		this.accounts = accounts;
		this.outcomes = outcomes;
		this.clock = clock;
	}

	@GetMapping("/contracts")
	String list(@RequestParam(required = false) @Nullable ContractStatus status,
			@PageableDefault(size = 25, sort = "startDate", direction = Sort.Direction.DESC) Pageable pageable,
			Model model) {
		model.addAttribute("status", status);
		model.addAttribute("statuses", ContractStatus.values());
		model.addAttribute("contracts", contracts.list(status, pageable));
		return "sales/contracts/list";
	}

	@GetMapping("/accounts/{accountId}/contracts/new")
	String newContract(@PathVariable long accountId, @RequestParam(required = false) @Nullable Long quoteId,
			Model model) {
		String name = accounts.get(accountId).name();
		LocalDate today = LocalDate.now(clock);
		SaveContract form = new SaveContract(null, null, null, name, today, today.plusYears(1).minusDays(1), null,
				"CNY", null, null);
		if (quoteId != null) {
			QuoteView quote = quotes.get(quoteId);
			form = new SaveContract(quote.opportunityId(), quote.id(), null, quote.title(), today,
					today.plusYears(1).minusDays(1), quote.total(), quote.currency(), null, null);
		}
		model.addAttribute("form", form);
		return form(model, accountId, name, null, 0);
	}

	@PostMapping("/accounts/{accountId}/contracts")
	String create(@PathVariable long accountId, @Valid @ModelAttribute("form") SaveContract form, BindingResult errors,
			Model model) {
		if (!errors.hasErrors()) {
			Optional<ContractView> created = outcomes.attempt(errors, () -> contracts.create(accountId, form));
			if (created.isPresent()) {
				return "redirect:/contracts/" + created.get().id();
			}
		}
		return form(model, accountId, accounts.get(accountId).name(), null, 0);
	}

	@GetMapping("/contracts/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("contract", contracts.get(id));
		model.addAttribute("today", LocalDate.now(clock));
		return "sales/contracts/detail";
	}

	@GetMapping("/contracts/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		ContractView contract = contracts.get(id);
		model.addAttribute("form", SaveContract.of(contract));
		return form(model, contract.accountId(), contract.accountName(), contract, contract.version());
	}

	@PostMapping("/contracts/{id}")
	String update(@PathVariable long id, @RequestParam long version, @Valid @ModelAttribute("form") SaveContract form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors() && outcomes.onForm(errors, () -> contracts.update(id, form, version))) {
			redirect.addFlashAttribute("done", "platform.saved");
			return "redirect:/contracts/" + id;
		}
		ContractView contract = contracts.get(id);
		return form(model, contract.accountId(), contract.accountName(), contract, version);
	}

	private String form(Model model, long accountId, @Nullable String accountName, @Nullable ContractView contract,
			long version) {
		model.addAttribute("accountId", accountId);
		model.addAttribute("accountName", accountName);
		model.addAttribute("contract", contract);
		model.addAttribute("version", version);
		model.addAttribute("currencies", Currencies.COMMON);
		return FORM;
	}

}
