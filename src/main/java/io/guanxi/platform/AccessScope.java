package io.guanxi.platform;

import java.util.Set;

/**
 * The records a user may see: either all of them, or those owned by one of
 * {@link #ownerIds()} (the user and everyone below them in the manager hierarchy).
 */
public record AccessScope(long userId, boolean unrestricted, Set<Long> ownerIds) {

	public AccessScope {
		ownerIds = Set.copyOf(ownerIds);
	}

	public static AccessScope everything(long userId) {
		return new AccessScope(userId, true, Set.of());
	}

	public boolean permits(long ownerId) {
		return unrestricted || ownerIds.contains(ownerId);
	}

}
