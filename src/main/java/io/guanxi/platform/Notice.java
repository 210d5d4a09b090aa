package io.guanxi.platform;

import org.jspecify.annotations.Nullable;

/**
 * What to tell a user, for {@link Notifications#notify(long, Notice)}.
 *
 * @param kind what sort of notification it is, such as {@code relationship.key-person};
 * at most 40 characters
 * @param sourceRef what it is about, such as the id of the change it reports; a user is
 * told once per kind and sourceRef, so an event delivered twice notifies once
 * @param link a path inside Guanxi to the record, such as {@code /accounts/42}
 */
public record Notice(String kind, String sourceRef, NoticeText.Message text, @Nullable String link) {

	public Notice {
		if (kind.isBlank() || kind.length() > 40) {
			throw new IllegalArgumentException("A notice kind has 1 to 40 characters: " + kind);
		}
		if (sourceRef.isBlank() || sourceRef.length() > 200) {
			throw new IllegalArgumentException("A notice sourceRef has 1 to 200 characters: " + sourceRef);
		}
		if (link != null && !isInternalPath(link)) {
			throw new IllegalArgumentException("A notice links only to a path inside Guanxi: " + link);
		}
	}

	/** Only paths on this server: a notification must not lead anywhere else. */
	private static boolean isInternalPath(String link) {
		return link.startsWith("/") && !link.startsWith("//") && !link.contains("\\") && link.length() <= 300;
	}

}
