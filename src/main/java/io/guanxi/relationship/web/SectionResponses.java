package io.guanxi.relationship.web;

import io.guanxi.customer.AccountService;
import io.guanxi.customer.ContactService;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.StaleVersionException;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * After an action taken from a profile section: htmx gets the section again (with the
 * refused rule as an alert, if any), a plain form post the profile page.
 */
@Component
class SectionResponses {

	private final CompanyLinksSection links;

	private final ContactRelationshipsSection relationships;

	private final AccountService accounts;

	private final ContactService contacts;

	private final MessageSource messages;

	SectionResponses(CompanyLinksSection links, ContactRelationshipsSection relationships, AccountService accounts,
			ContactService contacts, MessageSource messages) {
		this.links = links;
		this.relationships = relationships;
		this.accounts = accounts;
		this.contacts = contacts;
		this.messages = messages;
	}

	String account(long accountId, HtmxRequest htmx, Model model, Runnable action) {
		run(action, model);
		if (!htmx.isHtmxRequest() || htmx.isBoosted()) {
			return "redirect:/accounts/" + accountId + "#related-companies";
		}
		model.addAttribute("record", accounts.get(accountId));
		model.addAttribute("data", links.load(accountId));
		return CompanyLinksSection.TEMPLATE + " :: section";
	}

	String contact(long contactId, HtmxRequest htmx, Model model, Runnable action) {
		run(action, model);
		if (!htmx.isHtmxRequest() || htmx.isBoosted()) {
			return "redirect:/contacts/" + contactId + "#relationships";
		}
		model.addAttribute("record", contacts.get(contactId));
		model.addAttribute("data", relationships.load(contactId));
		return ContactRelationshipsSection.TEMPLATE + " :: section";
	}

	private void run(Runnable action, Model model) {
		try {
			action.run();
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("sectionError", message(ex.messageKey(), ex.arguments()));
		}
		catch (StaleVersionException ex) {
			model.addAttribute("sectionError", message("platform.error.stale", new Object[0]));
		}
	}

	private String message(String key, Object[] arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

}
