package io.guanxi.relationship.web;

import java.time.LocalDate;
import java.util.Optional;

import io.guanxi.customer.AccountFilter;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.AccountSummary;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.relationship.LeaveAccount;
import io.guanxi.relationship.OrgPerson;
import io.guanxi.relationship.OrgService;
import io.guanxi.relationship.PersonnelChangeView;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The org chart page's forms for people: joining, a change, a departure. Success
 * redirects to the chart on the day it happened; a broken rule shows the page again with
 * the form open and its errors.
 */
@Controller
@RequestMapping("/accounts/{accountId}/org-chart")
class PositionFormController {

	private final OrgChartPage page;

	private final OrgService org;

	private final AccountService accounts;

	PositionFormController(OrgChartPage page, OrgService org, AccountService accounts) {
		this.page = page;
		this.org = org;
		this.accounts = accounts;
	}

	@InitBinder
	void emptyInputsAreNull(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@PostMapping("/positions")
	String join(@PathVariable long accountId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@Valid @ModelAttribute("joinForm") JoinForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				OrgPerson person = org.join(accountId, form.toCommand());
				return saved(redirect, accountId, person.validFrom(), "relationship.org.saved.joined", person.name(),
						person.title());
			}
			catch (BusinessRuleException ex) {
				ex.rejectOn(errors);
			}
		}
		page.fill(model, accountId, asOf, "join");
		return OrgChartPage.TEMPLATE;
	}

	@PostMapping("/changes")
	String change(@PathVariable long accountId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@Valid @ModelAttribute("changeForm") ChangeForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				page.positionAt(accountId, form.positionId());
				OrgPerson person = org.change(form.positionId(), form.toCommand());
				return saved(redirect, accountId, person.validFrom(), "relationship.org.saved.changed", person.name(),
						person.title());
			}
			catch (BusinessRuleException ex) {
				ex.rejectOn(errors);
			}
		}
		page.fill(model, accountId, asOf, "change");
		return OrgChartPage.TEMPLATE;
	}

	@PostMapping("/departures")
	String leave(@PathVariable long accountId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@Valid @ModelAttribute("leaveForm") LeaveForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				page.positionAt(accountId, form.positionId());
				PersonnelChangeView left = org.leave(form.positionId(), departure(accountId, form));
				return saved(redirect, accountId, left.effectiveOn(), "relationship.org.saved.left", left.name(),
						left.effectiveOn());
			}
			catch (BusinessRuleException ex) {
				ex.rejectOn(errors);
			}
		}
		page.fill(model, accountId, asOf, "leave");
		return OrgChartPage.TEMPLATE;
	}

	/**
	 * Where the person went: an account the user may see when its name is typed exactly
	 * (so the career links to it), else just the company's name.
	 */
	private LeaveAccount departure(long accountId, LeaveForm form) {
		String company = form.newCompany();
		Optional<AccountSummary> account = company == null ? Optional.empty()
				: accounts.list(AccountFilter.byName(company), PageRequest.of(0, 20))
					.stream()
					.filter(found -> found.id() != accountId && found.name().equalsIgnoreCase(company))
					.findFirst();
		return new LeaveAccount(form.on(), account.map(AccountSummary::id).orElse(null),
				account.isPresent() ? null : company, form.note());
	}

	private String saved(RedirectAttributes redirect, long accountId, LocalDate day, String messageKey,
			Object... arguments) {
		redirect.addFlashAttribute("savedKey", messageKey);
		redirect.addFlashAttribute("savedArguments", arguments);
		return "redirect:" + OrgChartPaths.chart(accountId, day, page.today());
	}

}
