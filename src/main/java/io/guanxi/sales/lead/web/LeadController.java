package io.guanxi.sales.lead.web;

import java.util.List;
import java.util.function.Supplier;

import io.guanxi.customer.CustomerDirectory;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.platform.UserDirectory;
import io.guanxi.sales.LeadDetails;
import io.guanxi.sales.LeadDisqualifyReason;
import io.guanxi.sales.Leads;
import io.guanxi.sales.SaveLead;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
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

/** A lead's page, its form, and the steps of its status (work, qualify, disqualify). */
@Controller
@RequestMapping("/leads")
class LeadController {

	private static final String FORM = "sales/leads/form";

	private final Leads leads;

	private final UserDirectory users;

	private final CustomerDirectory directory;

	LeadController(Leads leads, UserDirectory users, CustomerDirectory directory) {
		this.leads = leads;
		this.users = users;
		this.directory = directory;
	}

	/**
	 * Empty inputs mean "not set", so optional fields with a format validate only when
	 * filled.
	 */
	@InitBinder
	void emptyInputsAreNull(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@GetMapping("/new")
	String newLead(Model model) {
		model.addAttribute("form", SaveLead.blank());
		return form(model, null, 0);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") SaveLead form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				LeadDetails lead = leads.create(form);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/leads/" + lead.id();
			}
			catch (BusinessRuleException ex) {
				ex.rejectOn(errors);
			}
		}
		return form(model, null, 0);
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		LeadDetails lead = leads.get(id);
		model.addAttribute("lead", lead);
		model.addAttribute("history", leads.history(id));
		if (lead.convertedAccountId() != null) {
			model.addAttribute("convertedAccountName",
					directory.accountNames(List.of(lead.convertedAccountId())).get(lead.convertedAccountId()));
		}
		if (lead.convertedContactId() != null) {
			model.addAttribute("convertedContactName",
					directory.contactNames(List.of(lead.convertedContactId())).get(lead.convertedContactId()));
		}
		model.addAttribute("reasons", LeadDisqualifyReason.values());
		return "sales/leads/detail";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		LeadDetails lead = leads.get(id);
		model.addAttribute("form", lead.toCommand());
		return form(model, id, lead.version());
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @RequestParam long version, @Valid @ModelAttribute("form") SaveLead form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				leads.update(id, form, version);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/leads/" + id;
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

	@PostMapping("/{id}/work")
	String work(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		return step(id, redirect, () -> leads.work(id, version));
	}

	@PostMapping("/{id}/qualify")
	String qualify(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		return step(id, redirect, () -> leads.qualify(id, version));
	}

	@PostMapping("/{id}/disqualify")
	String disqualify(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) @Nullable LeadDisqualifyReason reason,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		if (reason == null) {
			redirect.addFlashAttribute("problemKey", "sales.lead.error.reasonRequired");
			return "redirect:/leads/" + id;
		}
		return step(id, redirect, () -> leads.disqualify(id, reason, note, version));
	}

	/** Post-redirect-get: the page shows the new status, or why the step was refused. */
	private String step(long id, RedirectAttributes redirect, Supplier<LeadDetails> step) {
		try {
			step.get();
			redirect.addFlashAttribute("saved", true);
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("problemKey", ex.messageKey());
			redirect.addFlashAttribute("problemArgs", ex.arguments());
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("problemKey", "platform.error.stale");
		}
		return "redirect:/leads/" + id;
	}

	private String form(Model model, @Nullable Long id, long version) {
		model.addAttribute("leadId", id);
		model.addAttribute("version", version);
		model.addAttribute("owners", users.assignableOwners());
		return FORM;
	}

}
