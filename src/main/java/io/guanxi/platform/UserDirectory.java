package io.guanxi.platform;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read access to users for other modules (owner pickers, names on records, demo data).
 */
public interface UserDirectory {

	Optional<UserSummary> findById(long id);

	Optional<UserSummary> findByUsername(String username);

	/**
	 * Active users the signed-in user may assign records to: themselves and those below
	 * them.
	 */
	List<UserSummary> assignableOwners();

	/**
	 * Every enabled user, by display name: for pickers that may name anyone, such as a
	 * deal team that takes pre-sales from another team.
	 */
	List<UserSummary> activeUsers();

	/**
	 * The user's managers up the reporting line, nearest first; enabled users only. For
	 * approvals that a manager above the record's owner gives.
	 */
	List<UserSummary> managersOf(long userId);

	/** Display names by user id, for showing owners in lists without a query per row. */
	Map<Long, String> displayNames(Collection<Long> ids);

	/** The active users with the role, by name. */
	List<UserSummary> activeWithRole(Role role);

	/** Every team, by name: for pickers such as the lead assignment rules. */
	List<TeamSummary> teams();

	/**
	 * The enabled members of a team in a stable order (by id), for handing work out in
	 * turn; empty for an unknown team.
	 */
	List<UserSummary> teamMembers(long teamId);

	record TeamSummary(long id, String name) {
	}

	record UserSummary(long id, String username, String displayName, Role role, boolean enabled) {
	}

}
