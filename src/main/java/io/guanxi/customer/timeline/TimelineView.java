package io.guanxi.customer.timeline;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.customer.TimelineEntry;
import io.guanxi.customer.TimelineEntry.Channel;
import io.guanxi.customer.TimelineEntry.Direction;
import io.guanxi.customer.timeline.TimelineContacts.Choice;
import org.jspecify.annotations.Nullable;

/**
 * What the timeline section shows: a page of entries of an account or a contact, the
 * channel filter, the log form and, while one entry is being corrected, its form.
 *
 * @param before where this page started (null: the newest entries)
 * @param next the cursor of the following page, or null
 */
public record TimelineView(Subject subject, long recordId, @Nullable Channel channel, @Nullable String before,
		List<Row> rows, @Nullable String next, FormView form, @Nullable FormView editing) {

	/** The channels people log; SYSTEM entries come from modules. */
	public static final List<Channel> LOGGED_CHANNELS = Arrays.stream(Channel.values())
		.filter(channel -> channel != Channel.SYSTEM)
		.toList();

	private static final Map<Channel, String> ICONS = Map.of(Channel.CALL, "telephone", Channel.MEETING, "people",
			Channel.VISIT, "geo-alt", Channel.EMAIL, "envelope", Channel.MESSAGE, "chat-dots", Channel.WEB, "globe",
			Channel.NOTE, "sticky", Channel.SYSTEM, "gear");

	/** This timeline's fragment endpoint, e.g. {@code /timeline/accounts/7}. */
	public String base() {
		return "/timeline/" + (subject == Subject.ACCOUNT ? "accounts" : "contacts") + "/" + recordId;
	}

	/** The record's own page. */
	public String recordPath() {
		return (subject == Subject.ACCOUNT ? "/accounts/" : "/contacts/") + recordId;
	}

	public boolean forAccount() {
		return subject == Subject.ACCOUNT;
	}

	public List<Channel> channels() {
		return Arrays.asList(Channel.values());
	}

	public List<Channel> loggedChannels() {
		return LOGGED_CHANNELS;
	}

	public List<Direction> directions() {
		return Arrays.asList(Direction.values());
	}

	public boolean isEditing(long interactionId) {
		return editing != null && editing.interactionId() != null && editing.interactionId() == interactionId;
	}

	TimelineView withForm(FormView form) {
		return new TimelineView(subject, recordId, channel, before, rows, next, form, editing);
	}

	TimelineView withEditing(FormView editing) {
		return new TimelineView(subject, recordId, channel, before, rows, next, form, editing);
	}

	/**
	 * An entry with its icon and how long ago it happened ({@code agoKey} with
	 * {@code agoAmount}).
	 */
	public record Row(TimelineEntry entry, String agoKey, long agoAmount) {

		public String icon() {
			return "bi-" + ICONS.get(entry.channel());
		}

		public List<TimelineEntry.Participant> participants() {
			return entry.participants();
		}

	}

	/**
	 * A log or edit form: its values, what can be chosen and its errors, already in the
	 * reader's language.
	 *
	 * @param interactionId null when logging a new interaction
	 * @param open whether the log form starts unfolded (after an error)
	 */
	public record FormView(@Nullable Long interactionId, long version, InteractionForm values, List<Choice> contacts,
			List<Choice> accounts, Map<String, String> errors, List<String> globalErrors, boolean open) {

		public boolean hasError(String field) {
			return errors.containsKey(field);
		}

		public @Nullable String error(String field) {
			return errors.get(field);
		}

		/** A unique prefix for element ids, so that two forms on a page never clash. */
		public String idPrefix() {
			return interactionId == null ? "log-" : "edit-" + interactionId + "-";
		}

	}

}
