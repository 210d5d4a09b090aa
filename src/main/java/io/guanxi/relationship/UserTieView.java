package io.guanxi.relationship;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Who of our users knows a contact and how well.
 *
 * @param id null for a tie known only from the timeline (nobody recorded it)
 * @param strength recorded, or derived from how recently they met
 * @param lastInteraction the last timeline entry with both of them, when there is one
 */
public record UserTieView(@Nullable Long id, long userId, String userName, long contactId, String contactName,
		int strength, @Nullable String note, @Nullable Instant lastInteraction, long version) {

	public boolean recorded() {
		return id != null;
	}

}
