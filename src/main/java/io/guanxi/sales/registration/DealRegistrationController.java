package io.guanxi.sales.registration;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.StaleVersionException;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
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

/**
 * An opportunity's registration: its own page (the form to register, the conflicts), and
 * the decision, posted from that page, the opportunity page's section (htmx answers the
 * section) or the queue.
 */
@Controller
@RequestMapping("/opportunities/{id}/registration")
class DealRegistrationController {

	private static final String PAGE = "sales/registration/page";

	private final DealRegistrations registrations;

	private final RegistrationSettings settings;

	private final MessageSource messages;

	DealRegistrationController(DealRegistrations registrations, RegistrationSettings settings, MessageSource messages) {
		this.registrations = registrations;
		this.settings = settings;
		this.messages = messages;
	}

	@GetMapping
	String page(@PathVariable long id, Model model) {
		RegistrationView registration = registrations.of(id);
		model.addAttribute("form", new RegisterDeal(registration.product(), registration.productLine(), null));
		return page(registration, model);
	}

	@PostMapping
	String register(@PathVariable long id, @Valid @ModelAttribute("form") RegisterDeal form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				registrations.register(id, form);
				redirect.addFlashAttribute("registered", true);
				return "redirect:/opportunities/" + id + "/registration";
			}
			catch (BusinessRuleException ex) {
				ex.rejectOn(errors);
			}
		}
		return page(registrations.of(id), model);
	}

	/**
	 * @param from {@code queue} or {@code page} to go back there; else the opportunity
	 * page, or its section for htmx
	 */
	@PostMapping("/decision")
	String decide(@PathVariable long id, @RequestParam boolean approve,
			@RequestParam(required = false) @Nullable String note, @RequestParam long version,
			@RequestParam(defaultValue = "deal") String from, HtmxRequest htmx, Model model,
			RedirectAttributes redirect) {
		String error = run(() -> registrations.decide(id, approve, note, version));
		if (htmx.isHtmxRequest() && !htmx.isBoosted() && "deal".equals(from)) {
			model.addAttribute("data", registrations.of(id));
			model.addAttribute("sectionError", error);
			return RegistrationSection.TEMPLATE + " :: section";
		}
		redirect.addFlashAttribute(error == null ? "decided" : "error", error == null ? approve : error);
		return switch (from) {
			case "queue" -> "redirect:/registrations";
			case "page" -> "redirect:/opportunities/" + id + "/registration";
			default -> "redirect:/opportunities/" + id + "#registration";
		};
	}

	private String page(RegistrationView registration, Model model) {
		model.addAttribute("data", registration);
		model.addAttribute("protectionDays", settings.protectionDays());
		return PAGE;
	}

	/** Null when done, else the refused rule in the user's language. */
	private @Nullable String run(Runnable action) {
		try {
			action.run();
			return null;
		}
		catch (BusinessRuleException ex) {
			return message(ex.messageKey(), ex.arguments());
		}
		catch (StaleVersionException | OptimisticLockingFailureException ex) {
			return message("platform.error.stale", new Object[0]);
		}
	}

	private String message(String key, Object[] arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

}
