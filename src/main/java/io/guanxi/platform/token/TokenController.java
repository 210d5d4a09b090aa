package io.guanxi.platform.token;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own API tokens. */
@Controller
@RequestMapping("/account/tokens")
class TokenController {

	private final ApiTokenService tokens;

	TokenController(ApiTokenService tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	String list(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", CreateToken.blank());
		}
		model.addAttribute("tokens", tokens.mine());
		return "platform/tokens";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") CreateToken form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute("tokens", tokens.mine());
			return "platform/tokens";
		}
		redirect.addFlashAttribute("created", tokens.create(form));
		return "redirect:/account/tokens";
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id, RedirectAttributes redirect) {
		tokens.revoke(id);
		redirect.addFlashAttribute("revoked", true);
		return "redirect:/account/tokens";
	}

}
