package io.guanxi.platform;

import java.util.Map;
import java.util.Set;

/**
 * The records a user may see: either all of them, or those owned by one of
 * {@link #ownerIds()} (the user and everyone below them in the manager hierarchy).
 * Modules filter their lists with {@link #ownerCondition(String)} (SQL).
 */
public record AccessScope(long userId, boolean unrestricted, Set<Long> ownerIds) {

	/** The named parameter that {@link #ownerCondition(String)} refers to. */
	public static final String OWNER_IDS_PARAMETER = "accessOwnerIds";

	public AccessScope {
		ownerIds = Set.copyOf(ownerIds);
	}

	public static AccessScope everything(long userId) {
		return new AccessScope(userId, true, Set.of());
	}

	public boolean permits(long ownerId) {
		return unrestricted || ownerIds.contains(ownerId);
	}

	/**
	 * A SQL condition on an owner column, to be bound with {@link #ownerParameters()}.
	 */
	public String ownerCondition(String ownerColumn) {
		return unrestricted ? "1 = 1" : ownerColumn + " in (:" + OWNER_IDS_PARAMETER + ")";
	}

	public Map<String, Object> ownerParameters() {
		return unrestricted ? Map.of() : Map.of(OWNER_IDS_PARAMETER, ownerIds);
	}

}
