package io.guanxi.customer;

import java.time.Instant;
import java.util.List;

import io.guanxi.platform.NoticeText;
import org.jspecify.annotations.Nullable;

/**
 * Published by other modules (sales, service, marketing) to put an entry on the timeline
 * of an account and/or its contacts, without calling this module. Delivery is at least
 * once: an event with the same {@code source} and {@code sourceRef} makes one entry only.
 * <p>
 * A subject in words of the application rather than the user ("“Data centre” moved from
 * Needs to Solution") comes as {@code subjectText}, a message key with its arguments:
 * every reader then sees it in their own language. {@code subject} is the text shown
 * where the key is unknown; {@link #translated} fills it with the key.
 *
 * @param source the publishing module, e.g. {@code sales}
 * @param sourceRef the publisher's own key for the entry, e.g. {@code opportunity:42:won}
 * @param link a path inside Guanxi (starting with {@code /}) to the record, or null
 * @param subjectText the subject as a message key with arguments, or null when
 * {@code subject} is the text itself (written by a user)
 */
public record TimelineEntryPosted(String source, String sourceRef, @Nullable Long accountId, List<Long> contactIds,
		Instant occurredAt, String subject, @Nullable String body, @Nullable String link,
		NoticeText.@Nullable Message subjectText) {

	public TimelineEntryPosted {
		contactIds = contactIds == null ? List.of() : List.copyOf(contactIds);
	}

	/** An entry whose subject is stored text, shown as it is. */
	public TimelineEntryPosted(String source, String sourceRef, @Nullable Long accountId, List<Long> contactIds,
			Instant occurredAt, String subject, @Nullable String body, @Nullable String link) {
		this(source, sourceRef, accountId, contactIds, occurredAt, subject, body, link, null);
	}

	/** An entry whose subject each reader sees in their language. */
	public static TimelineEntryPosted translated(String source, String sourceRef, @Nullable Long accountId,
			List<Long> contactIds, Instant occurredAt, NoticeText.Message subject, @Nullable String body,
			@Nullable String link) {
		return new TimelineEntryPosted(source, sourceRef, accountId, contactIds, occurredAt, subject.key(), body, link,
				subject);
	}

}
