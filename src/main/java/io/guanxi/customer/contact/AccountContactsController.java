package io.guanxi.customer.contact;

import io.guanxi.customer.AccountService;
import io.guanxi.customer.ContactService;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The contacts section of an account's profile: link an existing contact, unlink one.
 * With htmx each action answers the refreshed section only; without it, the account page.
 */
@Controller
@RequestMapping("/accounts/{accountId}/contacts")
class AccountContactsController {

	private static final int CANDIDATES = 8;

	private final ContactService contacts;

	private final AccountService accounts;

	AccountContactsController(ContactService contacts, AccountService accounts) {
		this.contacts = contacts;
		this.accounts = accounts;
	}

	/** Contacts whose name matches what the user typed, to pick one to link. */
	@GetMapping("/candidates")
	String candidates(@PathVariable long accountId, @RequestParam(required = false) @Nullable String q,
			HtmxRequest htmx, Model model) {
		model.addAttribute("record", accounts.get(accountId));
		model.addAttribute("q", q);
		model.addAttribute("candidates", q == null || q.isBlank() ? null
				: contacts.list(q, PageRequest.of(0, CANDIDATES, Sort.by("fullName"))).getContent());
		boolean inSection = htmx.isHtmxRequest() && !htmx.isBoosted();
		model.addAttribute("inSection", inSection);
		return inSection ? "customer/contacts/link :: candidates" : "customer/contacts/link";
	}

	@PostMapping
	String link(@PathVariable long accountId, @RequestParam long contactId,
			@RequestParam(required = false) @Nullable String jobTitle,
			@RequestParam(required = false, defaultValue = "false") boolean primary, HtmxRequest htmx, Model model) {
		contacts.link(contactId, accountId, jobTitle, primary);
		return section(accountId, htmx, model);
	}

	@PostMapping("/{contactId}/unlink")
	String unlink(@PathVariable long accountId, @PathVariable long contactId, HtmxRequest htmx, Model model) {
		contacts.unlink(contactId, accountId);
		return section(accountId, htmx, model);
	}

	private String section(long accountId, HtmxRequest htmx, Model model) {
		if (!htmx.isHtmxRequest() || htmx.isBoosted()) {
			return "redirect:/accounts/" + accountId;
		}
		model.addAttribute("record", accounts.get(accountId));
		model.addAttribute("data", contacts.contactsOf(accountId));
		return "customer/contacts/account-section :: section";
	}

}
