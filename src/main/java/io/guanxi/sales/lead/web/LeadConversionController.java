package io.guanxi.sales.lead.web;

import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.sales.ConversionCandidates;
import io.guanxi.sales.ConvertLead;
import io.guanxi.sales.ConvertedLead;
import io.guanxi.sales.LeadConversion;
import io.guanxi.sales.LeadDetails;
import io.guanxi.sales.Leads;
import jakarta.validation.Valid;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * Converting a lead: the page shows the accounts and contacts it may already be, the user
 * picks one of each or asks for new ones, and may open an opportunity. Success lands on
 * the new opportunity, or on the account.
 */
@Controller
@RequestMapping("/leads/{id}/convert")
class LeadConversionController {

	private static final String PAGE = "sales/leads/convert";

	private final Leads leads;

	private final LeadConversion conversion;

	private final MessageSource messages;

	LeadConversionController(Leads leads, LeadConversion conversion, MessageSource messages) {
		this.leads = leads;
		this.conversion = conversion;
		this.messages = messages;
	}

	@InitBinder
	void emptyInputsAreNull(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@GetMapping
	String page(@PathVariable long id, Model model, RedirectAttributes redirect) {
		LeadDetails lead = leads.get(id);
		if (!lead.status().canConvert()) {
			redirect.addFlashAttribute("problemKey", lead.status().name().equals("CONVERTED")
					? "sales.lead.error.converted" : "sales.lead.error.notWorked");
			return "redirect:/leads/" + id;
		}
		ConversionCandidates candidates = conversion.candidates(id);
		model.addAttribute("form", ConvertForm.suggested(candidates, defaultOpportunityName(lead)));
		return page(lead, candidates, lead.version(), model);
	}

	@PostMapping
	String convert(@PathVariable long id, @RequestParam long version, @Valid @ModelAttribute("form") ConvertForm form,
			BindingResult errors, Model model) {
		ConvertLead command = form.toCommand();
		if (command == null) {
			errors.reject("sales.lead.convert.error.choose");
		}
		if (form.opens() && form.opportunityName() == null) {
			errors.rejectValue("opportunityName", "sales.lead.convert.error.opportunityName");
		}
		if (!errors.hasErrors() && command != null) {
			try {
				ConvertedLead converted = conversion.convert(id, command, version);
				return converted.opportunityId() != null ? "redirect:/opportunities/" + converted.opportunityId()
						: "redirect:/accounts/" + converted.accountId();
			}
			catch (BusinessRuleException ex) {
				ex.rejectOn(errors);
			}
			catch (StaleVersionException ex) {
				errors.reject("platform.error.stale");
			}
		}
		LeadDetails lead = leads.get(id);
		return page(lead, conversion.candidates(id), version, model);
	}

	private String page(LeadDetails lead, ConversionCandidates candidates, long version, Model model) {
		model.addAttribute("lead", lead);
		model.addAttribute("candidates", candidates);
		model.addAttribute("version", version);
		model.addAttribute("accountName", lead.companyName() != null ? lead.companyName() : lead.fullName());
		return PAGE;
	}

	private String defaultOpportunityName(LeadDetails lead) {
		String company = lead.companyName() != null ? lead.companyName() : lead.fullName();
		return messages.getMessage("sales.lead.convert.opportunityDefault", new Object[] { company },
				LocaleContextHolder.getLocale());
	}

}
