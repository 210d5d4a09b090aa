package io.guanxi.customer.field;

import io.guanxi.customer.CustomFieldDefinition;
import io.guanxi.customer.CustomFieldErrors;
import io.guanxi.customer.CustomFieldService;
import io.guanxi.customer.FieldType;
import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.customer.SaveCustomField;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.StaleVersionException;
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

/** The custom field administration pages: one list per entity, in display order. */
@Controller
@RequestMapping("/admin/fields")
class FieldAdminController {

	private static final String FORM = "customer/field/form";

	private final CustomFieldService fields;

	FieldAdminController(CustomFieldService fields) {
		this.fields = fields;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "ACCOUNT") Subject entity, Model model) {
		model.addAttribute("entity", entity);
		model.addAttribute("entities", Subject.values());
		model.addAttribute("fields", fields.definitions(entity));
		return "customer/field/list";
	}

	@GetMapping("/new")
	String newField(@RequestParam(defaultValue = "ACCOUNT") Subject entity, Model model) {
		model.addAttribute("form", SaveCustomField.blank(entity));
		return form(model, null, 0, false);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") SaveCustomField form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				fields.create(form);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/admin/fields?entity=" + form.entity();
			}
			catch (CustomFieldErrors ex) {
				ex.rejectOn(errors, "");
			}
			catch (BusinessRuleException ex) {
				ex.rejectOn(errors);
			}
		}
		return form(model, null, 0, false);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		CustomFieldDefinition field = fields.get(id);
		model.addAttribute("form", SaveCustomField.of(field));
		return form(model, id, field.version(), fields.hasValues(id));
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @RequestParam long version,
			@Valid @ModelAttribute("form") SaveCustomField form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				fields.update(id, form, version);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/admin/fields?entity=" + form.entity();
			}
			catch (CustomFieldErrors ex) {
				ex.rejectOn(errors, "");
			}
			catch (BusinessRuleException ex) {
				ex.rejectOn(errors);
			}
			catch (StaleVersionException ex) {
				errors.reject("platform.error.stale");
			}
		}
		return form(model, id, version, fields.hasValues(id));
	}

	@PostMapping("/{id}/move")
	String move(@PathVariable long id, @RequestParam int step) {
		Subject entity = fields.get(id).entity();
		fields.move(id, step);
		return "redirect:/admin/fields?entity=" + entity;
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		Subject entity = fields.get(id).entity();
		fields.delete(id, version);
		redirect.addFlashAttribute("deleted", true);
		return "redirect:/admin/fields?entity=" + entity;
	}

	private String form(Model model, @Nullable Long id, long version, boolean typeFixed) {
		model.addAttribute("fieldId", id);
		model.addAttribute("version", version);
		model.addAttribute("typeFixed", typeFixed);
		model.addAttribute("types", FieldType.values());
		return FORM;
	}

}
