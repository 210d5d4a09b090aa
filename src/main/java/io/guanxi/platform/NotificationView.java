package io.guanxi.platform;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A notification as its reader sees it: {@code text} is rendered in the reader's
 * language.
 *
 * @param link a path inside Guanxi to the record it is about, or null
 * @param readAt when it was marked as read, null while unread
 */
public record NotificationView(long id, String kind, String text, @Nullable String link, Instant createdAt,
		@Nullable Instant readAt) {

	public boolean read() {
		return readAt != null;
	}

}
