package io.guanxi.customer.timeline;

import java.time.Instant;
import java.util.List;

import io.guanxi.customer.AccountService;
import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.customer.TimelineCursor;
import io.guanxi.customer.TimelineEntry;
import io.guanxi.customer.TimelineEntry.Channel;
import io.guanxi.customer.TimelineService;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.AccessDeniedProblem;
import io.guanxi.platform.StaleVersionException;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The timeline section's requests. With htmx they answer fragments (more entries, a
 * filtered list, a form with its errors, the refreshed section); without JavaScript the
 * same URLs answer a whole page or redirect to the record's page.
 */
@Controller
@RequestMapping("/timeline/{kind:accounts|contacts}/{recordId}")
class TimelineController {

	private static final String PAGE = "customer/timeline/page";

	private static final String FRAGMENTS = TimelineSections.TEMPLATE + " :: ";

	private final TimelineService timeline;

	private final TimelineViews views;

	private final AccountService accounts;

	private final TimelineContacts contacts;

	TimelineController(TimelineService timeline, TimelineViews views, AccountService accounts,
			TimelineContacts contacts) {
		this.timeline = timeline;
		this.views = views;
		this.accounts = accounts;
		this.contacts = contacts;
	}

	/**
	 * Entries older than {@code before}, or the newest ones of a channel: the rows for
	 * htmx, the whole section when htmx targets it, a page otherwise.
	 */
	@GetMapping
	String entries(@PathVariable String kind, @PathVariable long recordId,
			@RequestParam(required = false) @Nullable String before,
			@RequestParam(required = false) @Nullable Channel channel, HtmxRequest htmx, Model model) {
		Subject subject = subject(kind);
		model.addAttribute("data", views.load(subject, recordId, channel, cursor(before)));
		if (!htmx.isHtmxRequest() || htmx.isBoosted()) {
			return page(subject, recordId, model);
		}
		return "timeline".equals(htmx.getTarget()) ? FRAGMENTS + "panel" : FRAGMENTS + "entries";
	}

	@PostMapping
	String log(@PathVariable String kind, @PathVariable long recordId,
			@Valid @ModelAttribute("form") InteractionForm form, BindingResult errors, HtmxRequest htmx,
			HttpServletResponse response, Model model) {
		Subject subject = subject(kind);
		if (!errors.hasErrors()) {
			try {
				timeline.log(form.toCommand(fixedAccount(subject, recordId), null));
				return refreshed(subject, recordId, htmx, response, model);
			}
			catch (BusinessRuleException ex) {
				ex.rejectOn(errors);
			}
		}
		TimelineView view = views.load(subject, recordId, null, null)
			.withForm(views.invalidForm(subject, recordId, null, 0, form, errors));
		model.addAttribute("data", view);
		return htmx.isHtmxRequest() ? FRAGMENTS + "logForm" : page(subject, recordId, model);
	}

	@GetMapping("/interactions/{id}/edit")
	String edit(@PathVariable String kind, @PathVariable long recordId, @PathVariable long id, HtmxRequest htmx,
			Model model) {
		Subject subject = subject(kind);
		TimelineEntry entry = timeline.get(id);
		if (!entry.changeable()) {
			throw new AccessDeniedProblem("Only the author, their managers and administrators change an interaction");
		}
		TimelineView view = views.load(subject, recordId, null, null)
			.withEditing(views.editForm(subject, recordId, entry));
		model.addAttribute("data", view);
		return htmx.isHtmxRequest() ? FRAGMENTS + "editRow" : page(subject, recordId, model);
	}

	@PostMapping("/interactions/{id}")
	String update(@PathVariable String kind, @PathVariable long recordId, @PathVariable long id,
			@RequestParam long version, @Valid @ModelAttribute("form") InteractionForm form, BindingResult errors,
			HtmxRequest htmx, HttpServletResponse response, Model model) {
		Subject subject = subject(kind);
		if (!errors.hasErrors()) {
			try {
				Instant before = timeline.get(id).occurredAt();
				timeline.update(id, form.toCommand(fixedAccount(subject, recordId), before), version);
				return refreshed(subject, recordId, htmx, response, model);
			}
			catch (BusinessRuleException ex) {
				ex.rejectOn(errors);
			}
			catch (StaleVersionException ex) {
				errors.reject("platform.error.stale");
			}
		}
		TimelineView view = views.load(subject, recordId, null, null)
			.withEditing(views.invalidForm(subject, recordId, id, version, form, errors));
		model.addAttribute("data", view);
		return htmx.isHtmxRequest() ? FRAGMENTS + "editRow" : page(subject, recordId, model);
	}

	@PostMapping("/interactions/{id}/delete")
	String delete(@PathVariable String kind, @PathVariable long recordId, @PathVariable long id,
			@RequestParam long version, HtmxRequest htmx, HttpServletResponse response, Model model) {
		Subject subject = subject(kind);
		try {
			timeline.delete(id, version);
		}
		catch (StaleVersionException ex) {
			// changed meanwhile: show its current state and let the user decide again
		}
		return refreshed(subject, recordId, htmx, response, model);
	}

	/**
	 * After a change: the fresh section in place of the old one, or the record's page.
	 */
	private String refreshed(Subject subject, long recordId, HtmxRequest htmx, HttpServletResponse response,
			Model model) {
		TimelineView view = views.load(subject, recordId, null, null);
		if (!htmx.isHtmxRequest()) {
			return "redirect:" + view.recordPath();
		}
		response.setHeader("HX-Retarget", "#timeline");
		response.setHeader("HX-Reswap", "outerHTML");
		model.addAttribute("data", view);
		return FRAGMENTS + "panel";
	}

	private String page(Subject subject, long recordId, Model model) {
		String name;
		if (subject == Subject.ACCOUNT) {
			name = accounts.get(recordId).name();
		}
		else {
			name = contacts.names(List.of(recordId)).getOrDefault(recordId, "#" + recordId);
		}
		model.addAttribute("recordName", name);
		return PAGE;
	}

	private static @Nullable Long fixedAccount(Subject subject, long recordId) {
		return subject == Subject.ACCOUNT ? recordId : null;
	}

	private static Subject subject(String kind) {
		return "accounts".equals(kind) ? Subject.ACCOUNT : Subject.CONTACT;
	}

	private static @Nullable TimelineCursor cursor(@Nullable String before) {
		if (before == null || before.isBlank()) {
			return null;
		}
		try {
			return TimelineCursor.parse(before);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Not a timeline cursor");
		}
	}

}
