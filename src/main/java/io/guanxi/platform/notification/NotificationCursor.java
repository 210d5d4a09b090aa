package io.guanxi.platform.notification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Where a page of notifications ended: the last one's time and id, as an opaque URL-safe
 * text. The next page starts strictly after it, so paging stays fast however many there
 * are and never skips or repeats two made at the same time.
 */
public record NotificationCursor(Instant createdAt, long id) {

	public static NotificationCursor after(Notification last) {
		return new NotificationCursor(last.createdAt(), last.id());
	}

	public String encoded() {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((createdAt + "|" + id).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Reads {@link #encoded()}.
	 * @throws IllegalArgumentException when the text is no cursor
	 */
	public static NotificationCursor parse(String encoded) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(encoded.strip()), StandardCharsets.UTF_8);
			int bar = text.indexOf('|');
			if (bar < 0) {
				throw new IllegalArgumentException("Not a notification cursor: " + encoded);
			}
			return new NotificationCursor(Instant.parse(text.substring(0, bar)),
					Long.parseLong(text.substring(bar + 1)));
		}
		catch (DateTimeParseException | NumberFormatException ex) {
			throw new IllegalArgumentException("Not a notification cursor: " + encoded, ex);
		}
	}

}
