package io.guanxi.platform.user;

import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.Role;
import io.guanxi.platform.StaleVersionException;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
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

/** Admin pages for users: list, create, edit, reset a password, lift a lock. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private final UserService users;

	private final TeamService teams;

	UserAdminController(UserService users, TeamService teams) {
		this.users = users;
		this.teams = teams;
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String q,
			@PageableDefault(size = 25, sort = "displayName", direction = Sort.Direction.ASC) Pageable pageable,
			Model model) {
		model.addAttribute("q", q);
		model.addAttribute("users", users.page(q, pageable));
		return "platform/users/list";
	}

	@GetMapping("/new")
	String newUser(Model model) {
		model.addAttribute("form", CreateUser.blank());
		return form(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") CreateUser form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				long id = users.create(form);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/admin/users/" + id;
			}
			catch (BusinessRuleException ex) {
				ex.rejectOn(errors);
			}
		}
		return form(model, null);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		model.addAttribute("form", users.editForm(id));
		return form(model, id);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") UpdateUser form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				users.update(id, form);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/admin/users/" + id;
			}
			catch (BusinessRuleException ex) {
				ex.rejectOn(errors);
			}
			catch (StaleVersionException ex) {
				errors.reject("platform.error.stale");
			}
		}
		return form(model, id);
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @RequestParam String password, RedirectAttributes redirect) {
		try {
			users.resetPassword(id, password);
			redirect.addFlashAttribute("passwordReset", true);
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("passwordError", ex.messageKey());
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		users.unlock(id);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/users/" + id;
	}

	private String form(Model model, @Nullable Long id) {
		model.addAttribute("userId", id);
		model.addAttribute("user", id == null ? null : users.view(id));
		model.addAttribute("teams", teams.teams());
		model.addAttribute("managers", users.activeUsers());
		return "platform/users/form";
	}

}
