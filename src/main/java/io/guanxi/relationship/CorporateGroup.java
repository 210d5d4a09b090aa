package io.guanxi.relationship;

import java.time.LocalDate;

/**
 * A corporate family (集团) on a day, from its ultimate parent down.
 *
 * @param accountId the account the group was asked for
 * @param ultimateParentId the top of the tree as far as the caller may read
 * @param truncated whether the tree stops at {@link CorporateGroups#MAX_MEMBERS}
 */
public record CorporateGroup(long accountId, long ultimateParentId, LocalDate asOf, GroupMember root, int size,
		boolean truncated) {
}
