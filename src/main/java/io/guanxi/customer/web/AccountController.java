package io.guanxi.customer.web;

import java.util.Comparator;
import java.util.List;

import io.guanxi.customer.AccountDetails;
import io.guanxi.customer.ProfileSection;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.SaveAccount;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.platform.UserDirectory;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
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
import org.springframework.web.servlet.view.FragmentsRendering;

@Controller
@RequestMapping("/accounts")
class AccountController {

	private final AccountService accounts;

	private final UserDirectory users;

	private final List<ProfileSection> sections;

	AccountController(AccountService accounts, UserDirectory users, List<ProfileSection> sections) {
		this.accounts = accounts;
		this.users = users;
		this.sections = sections.stream()
			.filter(section -> section.subject() == ProfileSection.Subject.ACCOUNT)
			.sorted(Comparator.comparingInt(ProfileSection::order))
			.toList();
	}

	/**
	 * Empty inputs mean "not set", so optional fields with a format validate only when
	 * filled.
	 */
	@InitBinder
	void emptyInputsAreNull(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	/**
	 * An empty prospect; {@code name} fills in the name (a company offered as a lead,
	 * such as the new employer of a key person who left).
	 */
	@GetMapping("/new")
	String newAccount(@RequestParam(required = false) @Nullable String name, Model model) {
		String prefilled = name == null ? "" : name.strip();
		model.addAttribute("form", prefilled.isEmpty() ? SaveAccount.blank()
				: new SaveAccount(prefilled.substring(0, Math.min(prefilled.length(), 200)), null));
		return form(model, null, 0);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") SaveAccount form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				AccountDetails account = accounts.create(form);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/accounts/" + account.id();
			}
			catch (BusinessRuleException ex) {
				ex.rejectOn(errors);
			}
		}
		return form(model, null, 0);
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("account", accounts.get(id));
		model.addAttribute("history", accounts.history(id));
		model.addAttribute("mainSections", loaded(id, ProfileSection.Column.MAIN));
		model.addAttribute("sideSections", loaded(id, ProfileSection.Column.SIDE));
		return "customer/accounts/detail";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		AccountDetails account = accounts.get(id);
		model.addAttribute("form", account.toCommand());
		return form(model, id, account.version());
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @RequestParam long version, @Valid @ModelAttribute("form") SaveAccount form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				accounts.update(id, form, version);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/accounts/" + id;
			}
			catch (BusinessRuleException ex) {
				ex.rejectOn(errors);
			}
			catch (StaleVersionException ex) {
				errors.reject("platform.error.stale");
			}
		}
		return form(model, id, version);
	}

	@GetMapping("/{id}/facts")
	String facts(@PathVariable long id, Model model) {
		model.addAttribute("account", accounts.get(id));
		return "customer/accounts/detail :: facts";
	}

	@GetMapping("/{id}/facts/edit")
	String editFacts(@PathVariable long id, Model model) {
		AccountDetails account = accounts.get(id);
		model.addAttribute("form", account.toCommand());
		return factsForm(model, id, account.version());
	}

	/**
	 * The profile page's inline editor: answers the key facts again, and the title bar
	 * out of band, since the name and the version (which the delete button sends)
	 * changed.
	 */
	@PostMapping("/{id}/facts")
	FragmentsRendering updateFacts(@PathVariable long id, @RequestParam long version,
			@Valid @ModelAttribute("form") SaveAccount form, BindingResult errors, Model model) {
		if (!errors.hasErrors()) {
			try {
				model.addAttribute("account", accounts.update(id, form, version));
				model.addAttribute("oob", true);
				return FragmentsRendering.fragment("customer/accounts/detail :: facts")
					.fragment("customer/accounts/detail :: header")
					.build();
			}
			catch (BusinessRuleException ex) {
				ex.rejectOn(errors);
			}
			catch (StaleVersionException ex) {
				errors.reject("platform.error.stale");
			}
		}
		return FragmentsRendering.fragment(factsForm(model, id, version)).build();
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			accounts.delete(id, version);
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("problemKey", ex.messageKey());
			redirect.addFlashAttribute("problemArgs", ex.arguments());
			return "redirect:/accounts/" + id;
		}
		redirect.addFlashAttribute("deleted", true);
		return "redirect:/accounts";
	}

	private List<ProfileSection.Loaded> loaded(long accountId, ProfileSection.Column column) {
		return sections.stream()
			.filter(section -> section.column() == column)
			.map(section -> new ProfileSection.Loaded(section.template(), section.load(accountId)))
			.toList();
	}

	private String factsForm(Model model, long id, long version) {
		form(model, id, version);
		return "customer/accounts/detail :: factsForm";
	}

	private String form(Model model, @Nullable Long id, long version) {
		model.addAttribute("accountId", id);
		model.addAttribute("version", version);
		model.addAttribute("owners", users.assignableOwners());
		return "customer/accounts/form";
	}

}
