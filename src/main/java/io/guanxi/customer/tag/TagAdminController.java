package io.guanxi.customer.tag;

import io.guanxi.customer.SaveTag;
import io.guanxi.customer.TagService;
import io.guanxi.customer.TagView;
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

/** The tag administration pages (administrators; managers use the API). */
@Controller
@RequestMapping("/admin/tags")
class TagAdminController {

	private static final String FORM = "customer/tag/form";

	private final TagService tags;

	TagAdminController(TagService tags) {
		this.tags = tags;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("tags", tags.list());
		return "customer/tag/list";
	}

	@GetMapping("/new")
	String newTag(Model model) {
		model.addAttribute("form", SaveTag.blank());
		return form(model, null, 0);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") SaveTag form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				tags.create(form);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/admin/tags";
			}
			catch (BusinessRuleException ex) {
				ex.rejectOn(errors);
			}
		}
		return form(model, null, 0);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		TagView tag = tags.get(id);
		model.addAttribute("form", new SaveTag(tag.name(), tag.color()));
		return form(model, id, tag.version());
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @RequestParam long version, @Valid @ModelAttribute("form") SaveTag form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				tags.update(id, form, version);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/admin/tags";
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

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		tags.delete(id, version);
		redirect.addFlashAttribute("deleted", true);
		return "redirect:/admin/tags";
	}

	private String form(Model model, @Nullable Long id, long version) {
		model.addAttribute("tagId", id);
		model.addAttribute("version", version);
		return FORM;
	}

}
