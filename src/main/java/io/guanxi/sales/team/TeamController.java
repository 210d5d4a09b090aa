package io.guanxi.sales.team;

import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.sales.DealTeams;
import io.guanxi.sales.Opportunities;
import io.guanxi.sales.TeamRole;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The deal team section's own endpoints: htmx gets the section again (with a refused rule
 * as an alert), a plain request the team page. After a change the response triggers
 * {@value #CHANGED} so that the opportunity page can refresh what carries the deal's
 * version.
 */
@Controller
@RequestMapping("/opportunities/{id}/team")
class TeamController {

	static final String CHANGED = "opportunity-changed";

	private final DealTeams teams;

	private final Opportunities opportunities;

	private final TeamSection section;

	private final MessageSource messages;

	TeamController(DealTeams teams, Opportunities opportunities, TeamSection section, MessageSource messages) {
		this.teams = teams;
		this.opportunities = opportunities;
		this.section = section;
		this.messages = messages;
	}

	/** The section for htmx; without it the opportunity page, where it lives. */
	@GetMapping
	String show(@PathVariable long id, HtmxRequest htmx, Model model) {
		if (!htmx.isHtmxRequest() || htmx.isBoosted()) {
			opportunities.checkRead(id);
			return "redirect:" + page(id);
		}
		return respond(id, model);
	}

	/** Puts a user on the team, or changes a member's role and edit right. */
	@PostMapping
	String put(@PathVariable long id, @RequestParam(required = false) @Nullable Long userId,
			@RequestParam(required = false) @Nullable TeamRole role,
			@RequestParam(defaultValue = "false") boolean canEdit, @RequestParam long version, HtmxRequest htmx,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		run(model, response, () -> {
			if (userId == null || role == null) {
				throw new BusinessRuleException("sales.team.error.user");
			}
			teams.put(id, userId, role, canEdit, version);
		});
		return after(id, htmx, model, redirect);
	}

	@PostMapping("/{userId}/remove")
	String remove(@PathVariable long id, @PathVariable long userId, @RequestParam long version, HtmxRequest htmx,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		run(model, response, () -> teams.remove(id, userId, version));
		return after(id, htmx, model, redirect);
	}

	private void run(Model model, HttpServletResponse response, Runnable change) {
		try {
			change.run();
			response.setHeader("HX-Trigger", CHANGED);
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("teamError", message(ex.messageKey(), ex.arguments()));
		}
		catch (StaleVersionException ex) {
			model.addAttribute("teamError", message("platform.error.stale", new Object[0]));
		}
	}

	/**
	 * htmx gets the section; a plain post the opportunity page, with a refusal told there
	 * as a flash message.
	 */
	private String after(long id, HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		if (!htmx.isHtmxRequest() || htmx.isBoosted()) {
			Object error = model.getAttribute("teamError");
			if (error != null) {
				redirect.addFlashAttribute("teamError", error);
			}
			return "redirect:" + page(id);
		}
		return respond(id, model);
	}

	private String respond(long id, Model model) {
		var deal = opportunities.get(id);
		model.addAttribute("deal", deal);
		model.addAttribute("data", section.load(deal));
		return TeamSection.TEMPLATE + " :: section";
	}

	private static String page(long id) {
		return "/opportunities/" + id + "#" + TeamSection.ANCHOR;
	}

	private String message(String key, Object[] arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

}
