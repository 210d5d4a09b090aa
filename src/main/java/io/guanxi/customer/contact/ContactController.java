package io.guanxi.customer.contact;

import java.util.Comparator;
import java.util.List;

import io.guanxi.customer.AccountService;
import io.guanxi.customer.ContactDetails;
import io.guanxi.customer.ContactService;
import io.guanxi.customer.PreferredChannel;
import io.guanxi.customer.ProfileSection;
import io.guanxi.customer.SaveContact;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.platform.UserDirectory;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The contact pages: form and profile (the list is {@link ContactListController}). */
@Controller
@RequestMapping("/contacts")
class ContactController {

	static final List<String> LANGUAGES = SaveContact.LANGUAGES;

	private final ContactService contacts;

	private final AccountService accounts;

	private final UserDirectory users;

	private final List<ProfileSection> sections;

	ContactController(ContactService contacts, AccountService accounts, UserDirectory users,
			List<ProfileSection> sections) {
		this.contacts = contacts;
		this.accounts = accounts;
		this.users = users;
		this.sections = sections.stream()
			.filter(section -> section.subject() == ProfileSection.Subject.CONTACT)
			.sorted(Comparator.comparingInt(ProfileSection::order))
			.toList();
	}

	/** A new contact, at an account when {@code accountId} is given. */
	@GetMapping("/new")
	String newContact(@RequestParam(required = false) @Nullable Long accountId, Model model) {
		model.addAttribute("form", SaveContact.blank());
		return form(model, null, 0, accountId);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") SaveContact form, BindingResult errors,
			@RequestParam(required = false) @Nullable Long accountId, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				redirect.addFlashAttribute("saved", true);
				if (accountId != null) {
					contacts.createAt(accountId, form);
					return "redirect:/accounts/" + accountId;
				}
				return "redirect:/contacts/" + contacts.create(form).id();
			}
			catch (BusinessRuleException ex) {
				ex.rejectOn(errors);
			}
		}
		return form(model, null, 0, accountId);
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		ContactDetails contact = contacts.get(id);
		model.addAttribute("contact", contact);
		model.addAttribute("history", contacts.history(id));
		model.addAttribute("mainSections", loaded(id, ProfileSection.Column.MAIN));
		model.addAttribute("sideSections", loaded(id, ProfileSection.Column.SIDE));
		return "customer/contacts/detail";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		ContactDetails contact = contacts.get(id);
		model.addAttribute("form",
				new SaveContact(contact.familyName(), contact.givenName(), contact.alternateName(), contact.jobTitle(),
						contact.mobile(), contact.phone(), contact.email(), contact.wechat(), contact.birthday(),
						contact.preferredLanguage(), contact.preferredChannel(), contact.doNotContact(), contact.city(),
						contact.notes(), contact.ownerId()));
		return form(model, id, contact.version(), null);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @RequestParam long version, @Valid @ModelAttribute("form") SaveContact form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				contacts.update(id, form, version);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/contacts/" + id;
			}
			catch (BusinessRuleException ex) {
				ex.rejectOn(errors);
			}
			catch (StaleVersionException ex) {
				errors.reject("platform.error.stale");
			}
		}
		return form(model, id, version, null);
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			contacts.delete(id, version);
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("problemKey", ex.messageKey());
			redirect.addFlashAttribute("problemArgs", ex.arguments());
			return "redirect:/contacts/" + id;
		}
		redirect.addFlashAttribute("deleted", true);
		return "redirect:/contacts";
	}

	private List<ProfileSection.Loaded> loaded(long contactId, ProfileSection.Column column) {
		return sections.stream()
			.filter(section -> section.column() == column)
			.map(section -> new ProfileSection.Loaded(section.template(), section.load(contactId)))
			.toList();
	}

	private String form(Model model, @Nullable Long id, long version, @Nullable Long accountId) {
		model.addAttribute("contactId", id);
		model.addAttribute("version", version);
		model.addAttribute("account", accountId == null ? null : accounts.get(accountId));
		model.addAttribute("owners", users.assignableOwners());
		model.addAttribute("channels", PreferredChannel.values());
		model.addAttribute("languages", LANGUAGES);
		return "customer/contacts/form";
	}

}
