package io.guanxi.customer.quality;

import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.platform.RecordNotFoundException;

/**
 * The path segment of each subject ({@code accounts}, {@code contacts}) in the pages'
 * addresses.
 */
final class QualityPaths {

	/** A path variable pattern that matches only the known segments. */
	static final String KINDS = "accounts|contacts";

	private QualityPaths() {
	}

	static String kind(Subject subject) {
		return subject == Subject.ACCOUNT ? "accounts" : "contacts";
	}

	static Subject subject(String kind) {
		return switch (kind) {
			case "accounts" -> Subject.ACCOUNT;
			case "contacts" -> Subject.CONTACT;
			default -> throw new RecordNotFoundException(kind, 0);
		};
	}

}
