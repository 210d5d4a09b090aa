package io.guanxi.platform.user;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/teams")
class TeamAdminController {

	private final TeamService teams;

	TeamAdminController(TeamService teams) {
		this.teams = teams;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("teams", teams.teams());
		return "platform/teams/list";
	}

	@GetMapping("/new")
	String newTeam(Model model) {
		model.addAttribute("form", SaveTeam.blank());
		return form(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") SaveTeam form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				teams.createTeam(form);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/admin/teams";
			}
			catch (BusinessRuleException ex) {
				ex.rejectOn(errors);
			}
		}
		return form(model, null);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		model.addAttribute("form", teams.teamForm(id));
		return form(model, id);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") SaveTeam form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				teams.updateTeam(id, form);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/admin/teams";
			}
			catch (StaleVersionException ex) {
				errors.reject("platform.error.stale");
			}
		}
		return form(model, id);
	}

	private String form(Model model, @Nullable Long id) {
		model.addAttribute("teamId", id);
		return "platform/teams/form";
	}

}
