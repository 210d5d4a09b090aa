package io.guanxi.customer;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a customer timeline: an interaction a user logged, or an entry another
 * module posted through {@link TimelineEntryPosted}.
 *
 * @param source the module that made the entry ({@code customer} for logged ones)
 * @param link where the entry's record lives (a path inside Guanxi), if anywhere
 * @param authorName who logged it; null for entries posted by the system
 * @param changeable whether the signed-in user may edit or delete it
 * @param version the ETag of the entry
 */
public record TimelineEntry(long id, @Nullable Long accountId, Channel channel, @Nullable Direction direction,
		String subject, @Nullable String body, @Nullable String outcome, Instant occurredAt,
		@Nullable Integer durationMinutes, String source, @Nullable String link, @Nullable Long authorId,
		@Nullable String authorName, List<Participant> participants, boolean changeable, long version) {

	/** Where an interaction took place. */
	public enum Channel {

		CALL, MEETING, VISIT, EMAIL, MESSAGE, WEB, NOTE,
		/** Posted by a module (sales, service), never logged by hand. */
		SYSTEM

	}

	/** Who started it: the customer, us, or nobody outside (an internal note). */
	public enum Direction {

		INBOUND, OUTBOUND, INTERNAL

	}

	/** Somebody who took part: one of the customer's contacts or one of our users. */
	public record Participant(Kind kind, long id, String name) {

		public enum Kind {

			CONTACT, USER

		}

	}

}
