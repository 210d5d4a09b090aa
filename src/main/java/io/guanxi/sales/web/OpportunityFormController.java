package io.guanxi.sales.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.guanxi.customer.AccountDetails;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.CustomerSource;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.platform.UserDirectory;
import io.guanxi.platform.UserDirectory.UserSummary;
import io.guanxi.sales.OpportunityView;
import io.guanxi.sales.Opportunities;
import io.guanxi.sales.ProcessView;
import io.guanxi.sales.SalesProcesses;
import io.guanxi.sales.SaveOpportunity;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
 * The opportunity form: a new deal at an account (prefilled from the account's page, else
 * found by name here), and changing what a deal says. Its account, process and stage stay
 * on change.
 */
@Controller
@RequestMapping("/opportunities")
class OpportunityFormController {

	static final String FORM = "sales/deal/form";

	static final List<String> CURRENCIES = List.of("CNY", "USD", "EUR", "HKD", "JPY", "GBP");

	private static final int CANDIDATES = 8;

	private final Opportunities opportunities;

	private final SalesProcesses processes;

	private final AccountService accounts;

	private final UserDirectory users;

	OpportunityFormController(Opportunities opportunities, SalesProcesses processes, AccountService accounts,
			UserDirectory users) {
		this.opportunities = opportunities;
		this.processes = processes;
		this.accounts = accounts;
		this.users = users;
	}

	/**
	 * Empty inputs mean "not set"; the close date travels as ISO (yyyy-MM-dd), the only
	 * form a date input reads and sends.
	 */
	@InitBinder("opportunity")
	void emptyInputsAreNull(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		binder.registerCustomEditor(LocalDate.class, new IsoDateEditor());
	}

	@GetMapping("/new")
	String newOpportunity(@RequestParam(required = false) @Nullable Long accountId,
			@RequestParam(required = false) @Nullable String q, Model model) {
		model.addAttribute("opportunity", new SaveOpportunity(accountId, null, null, SaveOpportunity.DEFAULT_CURRENCY,
				null, null, null, null, null, null, null));
		return createForm(q, model);
	}

	/** Accounts whose name matches what the user typed, to pick the deal's account. */
	@GetMapping("/new/accounts")
	String accountChoices(@RequestParam(required = false) @Nullable String q, Model model) {
		model.addAttribute("choices", found(q, null));
		model.addAttribute("pickedAccountId", null);
		return FORM + " :: accountChoices";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("opportunity") SaveOpportunity form, BindingResult errors,
			@RequestParam(required = false) @Nullable String q, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				OpportunityView created = opportunities.create(form);
				redirect.addFlashAttribute("notice", "sales.deal.created");
				return "redirect:/opportunities/" + created.id();
			}
			catch (BusinessRuleException ex) {
				ex.rejectOn(errors);
			}
		}
		return createForm(q, model);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		opportunities.checkChange(id);
		OpportunityView deal = opportunities.get(id);
		model.addAttribute("opportunity",
				new SaveOpportunity(deal.accountId(), deal.name(), deal.amount(), deal.currency(), deal.closeDate(),
						deal.nextStep(), deal.productLine(), deal.source(), deal.description(), deal.ownerId(), null));
		return editForm(deal, deal.version(), model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @RequestParam long version,
			@Valid @ModelAttribute("opportunity") SaveOpportunity form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		OpportunityView deal = opportunities.get(id);
		if (!errors.hasErrors()) {
			try {
				opportunities.update(id, form, version);
				redirect.addFlashAttribute("notice", "platform.saved");
				return "redirect:/opportunities/" + id;
			}
			catch (BusinessRuleException ex) {
				ex.rejectOn(errors);
			}
			catch (StaleVersionException ex) {
				errors.reject("platform.error.stale");
			}
		}
		return editForm(deal, version, model);
	}

	private String createForm(@Nullable String q, Model model) {
		SaveOpportunity form = (SaveOpportunity) Objects.requireNonNull(model.getAttribute("opportunity"));
		model.addAttribute("q", q);
		model.addAttribute("choices", found(q, form.accountId()));
		model.addAttribute("pickedAccountId", form.accountId());
		model.addAttribute("fixedAccount",
				q == null && form.accountId() != null ? accounts.get(form.accountId()) : null);
		model.addAttribute("processes", processes.active());
		model.addAttribute("defaultProcess", processes.defaultProcess());
		return common(model, null);
	}

	private String editForm(OpportunityView deal, long version, Model model) {
		model.addAttribute("deal", deal);
		model.addAttribute("version", version);
		model.addAttribute("process", processes.get(deal.processId()));
		return common(model, deal);
	}

	private String common(Model model, @Nullable OpportunityView deal) {
		model.addAttribute("owners", owners(deal));
		model.addAttribute("currencies", CURRENCIES);
		model.addAttribute("sources", CustomerSource.values());
		model.addAttribute("productLines",
				processes.active().stream().map(ProcessView::productLine).filter(Objects::nonNull).distinct().toList());
		return FORM;
	}

	/**
	 * Those the caller may give the deal to; on change also its owner, whom a deal team
	 * member may not assign but must be able to keep.
	 */
	private List<UserSummary> owners(@Nullable OpportunityView deal) {
		List<UserSummary> owners = new ArrayList<>(users.assignableOwners());
		if (deal != null && owners.stream().noneMatch(owner -> owner.id() == deal.ownerId())) {
			users.findById(deal.ownerId()).ifPresent(owner -> owners.add(0, owner));
		}
		return owners;
	}

	/**
	 * The accounts matching {@code q}, and the one already picked (kept on a re-shown
	 * form).
	 */
	private List<AccountChoice> found(@Nullable String q, @Nullable Long picked) {
		List<AccountChoice> found = new ArrayList<>();
		if (picked != null) {
			AccountDetails account = accounts.get(picked);
			found.add(new AccountChoice(account.id(), account.name(), account.city()));
		}
		if (q != null && !q.isBlank()) {
			accounts.list(q.strip(), PageRequest.of(0, CANDIDATES, Sort.by("name")))
				.stream()
				.filter(account -> picked == null || account.id() != picked)
				.forEach(account -> found.add(new AccountChoice(account.id(), account.name(), account.city())));
		}
		return found;
	}

}
