package io.guanxi.customer;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A record that looks like a duplicate of another one, with every reason found and a
 * score from 0 to 1 (1 for an exact phone or e-mail match, else the name similarity).
 *
 * @param detail what tells it apart at a glance: the city of an account, the e-mail or
 * mobile of a contact
 */
public record DuplicateCandidate(long id, String name, @Nullable String detail, long ownerId, String ownerName,
		Set<DuplicateReason> reasons, double score) {
}
