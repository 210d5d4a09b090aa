package io.guanxi.customer.timeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.guanxi.customer.AccountService;
import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.customer.TimelineCursor;
import io.guanxi.customer.TimelineEntry;
import io.guanxi.customer.TimelineEntry.Channel;
import io.guanxi.customer.TimelinePage;
import io.guanxi.customer.TimelineService;
import io.guanxi.customer.timeline.TimelineContacts.Choice;
import io.guanxi.customer.timeline.TimelineView.FormView;
import io.guanxi.customer.timeline.TimelineView.Row;
import io.guanxi.platform.RecordNotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Builds the timeline section's view for the profile pages and the fragment endpoints.
 */
@Component
class TimelineViews {

	static final int PAGE_SIZE = 10;

	private final TimelineService timeline;

	private final TimelineContacts contacts;

	private final AccountService accounts;

	private final MessageSource messages;

	private final Clock clock;

	TimelineViews(TimelineService timeline, TimelineContacts contacts, AccountService accounts, MessageSource messages,
			Clock clock) {
		this.timeline = timeline;
		this.contacts = contacts;
		this.accounts = accounts;
		this.messages = messages;
		this.clock = clock;
	}

	TimelineView load(Subject subject, long recordId, @Nullable Channel channel, @Nullable TimelineCursor before) {
		TimelinePage page = subject == Subject.ACCOUNT ? timeline.forAccount(recordId, channel, before, PAGE_SIZE)
				: timeline.forContact(recordId, channel, before, PAGE_SIZE);
		Instant now = clock.instant();
		List<Row> rows = page.items().stream().map(entry -> row(entry, now)).toList();
		TimelineCursor next = page.next();
		return new TimelineView(subject, recordId, channel, before == null ? null : before.encoded(), rows,
				next == null ? null : next.encoded(), blankForm(subject, recordId), null);
	}

	FormView blankForm(Subject subject, long recordId) {
		InteractionForm values = InteractionForm.blank(LocalDateTime.ofInstant(clock.instant(), ZoneId.systemDefault()),
				subject == Subject.ACCOUNT ? recordId : null,
				subject == Subject.CONTACT ? List.of(recordId) : List.of());
		return form(subject, recordId, null, 0, values, Map.of(), List.of(), false);
	}

	FormView editForm(Subject subject, long recordId, TimelineEntry entry) {
		return form(subject, recordId, entry.id(), entry.version(), InteractionForm.of(entry), Map.of(), List.of(),
				true);
	}

	/** The form again with what the user typed and what was wrong, in their language. */
	FormView invalidForm(Subject subject, long recordId, @Nullable Long interactionId, long version,
			InteractionForm values, BindingResult errors) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> fields = new LinkedHashMap<>();
		for (FieldError error : errors.getFieldErrors()) {
			fields.putIfAbsent(error.getField(),
					error.isBindingFailure() ? messages.getMessage("customer.timeline.error.invalid", null, locale)
							: messages.getMessage(error, locale));
		}
		List<String> global = errors.getGlobalErrors()
			.stream()
			.map(error -> messages.getMessage(error, locale))
			.toList();
		return form(subject, recordId, interactionId, version, values, fields, global, true);
	}

	private FormView form(Subject subject, long recordId, @Nullable Long interactionId, long version,
			InteractionForm values, Map<String, String> errors, List<String> globalErrors, boolean open) {
		List<Choice> people = subject == Subject.ACCOUNT ? withChosen(contacts.atAccount(recordId), values.contactIds())
				: List.of();
		List<Choice> companies = subject == Subject.CONTACT ? accountChoices(recordId, values.accountId()) : List.of();
		return new FormView(interactionId, version, values, people, companies, errors, globalErrors, open);
	}

	/**
	 * The account's people, plus those already chosen who do not work there (any more).
	 */
	private List<Choice> withChosen(List<Choice> choices, List<Long> chosen) {
		Set<Long> listed = choices.stream().map(Choice::id).collect(Collectors.toSet());
		List<Long> missing = chosen.stream().filter(id -> !listed.contains(id)).toList();
		if (missing.isEmpty()) {
			return choices;
		}
		List<Choice> all = new ArrayList<>(choices);
		contacts.names(missing).forEach((id, name) -> all.add(new Choice(id, name)));
		return all;
	}

	private List<Choice> accountChoices(long contactId, @Nullable Long chosen) {
		List<Choice> choices = contacts.accountsOf(contactId);
		if (chosen == null || choices.stream().anyMatch(choice -> choice.id() == chosen)) {
			return choices;
		}
		List<Choice> all = new ArrayList<>(choices);
		try {
			all.add(new Choice(chosen, accounts.get(chosen).name()));
		}
		catch (RecordNotFoundException ex) {
			// not readable: the service will refuse it with a message on the form
		}
		return all;
	}

	private static Row row(TimelineEntry entry, Instant now) {
		Duration ago = Duration.between(entry.occurredAt(), now);
		if (ago.compareTo(Duration.ofMinutes(-1)) < 0) {
			return new Row(entry, "customer.timeline.ago.future", 0);
		}
		long minutes = ago.toMinutes();
		long days = ago.toDays();
		if (minutes < 1) {
			return new Row(entry, "customer.timeline.ago.now", 0);
		}
		if (minutes < 60) {
			return new Row(entry, "customer.timeline.ago.minutes", minutes);
		}
		if (ago.toHours() < 24) {
			return new Row(entry, "customer.timeline.ago.hours", ago.toHours());
		}
		if (days < 30) {
			return new Row(entry, "customer.timeline.ago.days", days);
		}
		if (days < 365) {
			return new Row(entry, "customer.timeline.ago.months", days / 30);
		}
		return new Row(entry, "customer.timeline.ago.years", days / 365);
	}

}
