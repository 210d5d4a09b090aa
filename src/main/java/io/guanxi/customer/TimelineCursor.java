package io.guanxi.customer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Where a timeline page ended: the last entry's time and id. The next page starts
 * strictly after it in (occurredAt desc, id desc) order, so paging stays fast however
 * long the timeline is and never skips or repeats entries that share a time.
 */
public record TimelineCursor(Instant occurredAt, long id) {

	/** An opaque, URL-safe form for links and the API. */
	public String encoded() {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((occurredAt + "|" + id).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Reads {@link #encoded()}.
	 * @throws IllegalArgumentException when the text is no cursor
	 */
	public static TimelineCursor parse(String encoded) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(encoded.strip()), StandardCharsets.UTF_8);
			int bar = text.indexOf('|');
			if (bar < 0) {
				throw new IllegalArgumentException("Not a timeline cursor: " + encoded);
			}
			return new TimelineCursor(Instant.parse(text.substring(0, bar)), Long.parseLong(text.substring(bar + 1)));
		}
		catch (DateTimeParseException | NumberFormatException ex) {
			throw new IllegalArgumentException("Not a timeline cursor: " + encoded, ex);
		}
	}

}
