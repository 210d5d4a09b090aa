package io.guanxi.sales.lead.web;

import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.platform.UserDirectory;
import io.guanxi.sales.LeadRuleView;
import io.guanxi.sales.LeadRules;
import io.guanxi.sales.SaveLeadRule;
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

/**
 * The administrators' page of lead assignment rules: the ordered list with the default
 * owner, a form per rule, moving a rule up or down and deleting it.
 */
@Controller
@RequestMapping("/admin/lead-rules")
class LeadRuleAdminController {

	private static final String LIST = "redirect:/admin/lead-rules";

	private final LeadRules rules;

	private final UserDirectory users;

	LeadRuleAdminController(LeadRules rules, UserDirectory users) {
		this.rules = rules;
		this.users = users;
	}

	@InitBinder
	void emptyInputsAreNull(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("rules", rules.list());
		model.addAttribute("defaultOwner", rules.defaultOwner());
		model.addAttribute("users", users.assignableOwners());
		return "sales/lead-rules/list";
	}

	@GetMapping("/new")
	String newRule(Model model) {
		model.addAttribute("form", SaveLeadRule.blank());
		return form(model, null, 0);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") SaveLeadRule form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors() && saved(errors, () -> rules.create(form))) {
			redirect.addFlashAttribute("saved", true);
			return LIST;
		}
		return form(model, null, 0);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		LeadRuleView rule = rules.get(id);
		model.addAttribute("form", rule.toCommand());
		return form(model, id, rule.version());
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @RequestParam long version, @Valid @ModelAttribute("form") SaveLeadRule form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors() && saved(errors, () -> rules.update(id, form, version))) {
			redirect.addFlashAttribute("saved", true);
			return LIST;
		}
		return form(model, id, version);
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			rules.delete(id, version);
			redirect.addFlashAttribute("deleted", true);
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("problemKey", "platform.error.stale");
		}
		return LIST;
	}

	@PostMapping("/{id}/move")
	String move(@PathVariable long id, @RequestParam String direction) {
		rules.move(id, "up".equals(direction));
		return LIST;
	}

	@PostMapping("/default-owner")
	String defaultOwner(@RequestParam(required = false) @Nullable Long ownerId, @RequestParam long version,
			RedirectAttributes redirect) {
		try {
			rules.changeDefaultOwner(ownerId, version);
			redirect.addFlashAttribute("saved", true);
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("problemKey", ex.messageKey());
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("problemKey", "platform.error.stale");
		}
		return LIST;
	}

	private static boolean saved(BindingResult errors, Runnable save) {
		try {
			save.run();
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

	private String form(Model model, @Nullable Long id, long version) {
		model.addAttribute("ruleId", id);
		model.addAttribute("version", version);
		model.addAttribute("users", users.assignableOwners());
		model.addAttribute("teams", users.teams());
		return "sales/lead-rules/form";
	}

}
