package io.guanxi.customer;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Published by other modules (sales, service, marketing) to put an entry on the timeline
 * of an account and/or its contacts, without calling this module. Delivery is at least
 * once: an event with the same {@code source} and {@code sourceRef} makes one entry only.
 *
 * @param source the publishing module, e.g. {@code sales}
 * @param sourceRef the publisher's own key for the entry, e.g. {@code opportunity:42:won}
 * @param link a path inside Guanxi (starting with {@code /}) to the record, or null
 */
public record TimelineEntryPosted(String source, String sourceRef, @Nullable Long accountId, List<Long> contactIds,
		Instant occurredAt, String subject, @Nullable String body, @Nullable String link) {

	public TimelineEntryPosted {
		contactIds = contactIds == null ? List.of() : List.copyOf(contactIds);
	}

}
