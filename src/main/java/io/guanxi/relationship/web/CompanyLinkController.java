package io.guanxi.relationship.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.guanxi.customer.AccountDetails;
import io.guanxi.customer.AccountService;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.relationship.CompanyLinkView;
import io.guanxi.relationship.CompanyLinks;
import io.guanxi.relationship.SaveCompanyLink;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
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

/**
 * Related companies on an account's page: adding and changing a link on a form page,
 * ending and deleting one from the section (htmx answers the section, a plain post the
 * account page).
 */
@Controller
@RequestMapping("/accounts/{accountId}/company-links")
class CompanyLinkController {

	private static final int CANDIDATES = 8;

	private static final String FORM = "relationship/links/form";

	private final CompanyLinks links;

	private final AccountService accounts;

	private final SectionResponses sections;

	private final Clock clock;

	CompanyLinkController(CompanyLinks links, AccountService accounts, SectionResponses sections, Clock clock) {
		this.links = links;
		this.clock = clock;
		this.accounts = accounts;
		this.sections = sections;
	}

	@InitBinder
	void emptyInputsAreNull(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@GetMapping("/new")
	String newLink(@PathVariable long accountId, @RequestParam(required = false) @Nullable String q, Model model) {
		model.addAttribute("form", CompanyLinkForm.blank());
		return createForm(accountId, q, model);
	}

	/** Accounts whose name matches what the user typed, to pick the other company. */
	@GetMapping("/candidates")
	String candidates(@PathVariable long accountId, @RequestParam(required = false) @Nullable String q, Model model) {
		model.addAttribute("form", CompanyLinkForm.blank());
		model.addAttribute("candidates", found(accountId, q, null));
		return FORM + " :: candidates";
	}

	@PostMapping
	String create(@PathVariable long accountId, @RequestParam(required = false) @Nullable String q,
			@Valid @ModelAttribute("form") CompanyLinkForm form, BindingResult errors, Model model) {
		if (!errors.hasErrors() && save(accountId, form, errors, command -> links.create(command))) {
			return "redirect:/accounts/" + accountId + "#related-companies";
		}
		return createForm(accountId, q, model);
	}

	@GetMapping("/{linkId}/edit")
	String edit(@PathVariable long accountId, @PathVariable long linkId, Model model) {
		CompanyLinkView link = links.get(linkId);
		model.addAttribute("form", CompanyLinkForm.of(link, accountId));
		return editForm(accountId, link, link.version(), model);
	}

	@PostMapping("/{linkId}")
	String update(@PathVariable long accountId, @PathVariable long linkId, @RequestParam long version,
			@Valid @ModelAttribute("form") CompanyLinkForm form, BindingResult errors, Model model) {
		CompanyLinkView link = links.get(linkId);
		CompanyLinkForm fixed = new CompanyLinkForm(form.relation(),
				CompanyLinkForm.of(link, accountId).otherAccountId(), form.sharePercent(), form.validFrom(),
				form.validTo(), form.note());
		if (!errors.hasErrors() && save(accountId, fixed, errors, command -> links.update(linkId, command, version))) {
			return "redirect:/accounts/" + accountId + "#related-companies";
		}
		return editForm(accountId, link, version, model);
	}

	@PostMapping("/{linkId}/end")
	String end(@PathVariable long accountId, @PathVariable long linkId, @RequestParam long version, HtmxRequest htmx,
			Model model) {
		return sections.account(accountId, htmx, model, () -> links.end(linkId, LocalDate.now(clock), version));
	}

	@PostMapping("/{linkId}/delete")
	String delete(@PathVariable long accountId, @PathVariable long linkId, @RequestParam long version, HtmxRequest htmx,
			Model model) {
		return sections.account(accountId, htmx, model, () -> links.delete(linkId, version));
	}

	private boolean save(long accountId, CompanyLinkForm form, BindingResult errors, Consumer<SaveCompanyLink> action) {
		SaveCompanyLink command = form.toCommand(accountId);
		if (command == null) {
			errors.rejectValue("relation", "relationship.link.form.relationRequired");
			return false;
		}
		try {
			action.accept(command);
			return true;
		}
		catch (BusinessRuleException ex) {
			ex.rejectOn(errors);
		}
		catch (StaleVersionException ex) {
			errors.reject("platform.error.stale");
		}
		return false;
	}

	private String createForm(long accountId, @Nullable String q, Model model) {
		CompanyLinkForm form = (CompanyLinkForm) model.getAttribute("form");
		model.addAttribute("account", accounts.get(accountId));
		model.addAttribute("relations", LinkRelation.all());
		model.addAttribute("q", q);
		model.addAttribute("candidates", found(accountId, q, form == null ? null : form.otherAccountId()));
		return FORM;
	}

	private String editForm(long accountId, CompanyLinkView link, long version, Model model) {
		AccountDetails account = accounts.get(accountId);
		boolean outgoing = link.fromAccountId() == accountId;
		model.addAttribute("account", account);
		model.addAttribute("linkId", link.id());
		model.addAttribute("version", version);
		model.addAttribute("other", outgoing ? link.toAccountName() : link.fromAccountName());
		model.addAttribute("relations", LinkRelation.all(outgoing));
		return FORM;
	}

	/**
	 * The accounts matching {@code q}, and the one already picked (kept on a re-shown
	 * form).
	 */
	private List<Candidate> found(long accountId, @Nullable String q, @Nullable Long picked) {
		List<Candidate> found = new ArrayList<>();
		if (picked != null) {
			AccountDetails account = accounts.get(picked);
			found.add(new Candidate(account.id(), account.name(), account.city()));
		}
		if (q != null && !q.isBlank()) {
			accounts.list(q, PageRequest.of(0, CANDIDATES, Sort.by("name")))
				.stream()
				.filter(account -> account.id() != accountId && (picked == null || account.id() != picked))
				.forEach(account -> found.add(new Candidate(account.id(), account.name(), account.city())));
		}
		return found;
	}

}
