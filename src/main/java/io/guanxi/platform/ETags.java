package io.guanxi.platform;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Optimistic locking over HTTP: the entity's {@code @Version} travels as a strong ETag,
 * and an update must send it back in {@code If-Match}.
 */
public final class ETags {

	private ETags() {
	}

	public static String of(long version) {
		return "\"" + version + "\"";
	}

	/**
	 * The version an update was based on. A missing header is 428 Precondition Required,
	 * an unreadable one 412 (it cannot match any version).
	 */
	public static long requireVersion(@Nullable String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new ResponseStatusException(HttpStatus.PRECONDITION_REQUIRED,
					"Send the record's ETag in If-Match to change it");
		}
		String value = ifMatch.trim();
		if (value.startsWith("W/")) {
			value = value.substring(2);
		}
		value = value.replace("\"", "");
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new ResponseStatusException(HttpStatus.PRECONDITION_FAILED, "If-Match does not name a version");
		}
	}

}
