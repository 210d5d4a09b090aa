package io.guanxi.relationship;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An account in a corporate group tree, with how it hangs under the account above it.
 *
 * @param linkId the link to the account above; null for the ultimate parent
 * @param kind {@link CompanyLinkKind#PARENT}, {@link CompanyLinkKind#GROUP_MEMBER} or
 * {@link CompanyLinkKind#SHAREHOLDER}; null for the ultimate parent
 * @param sharePercent the share the account above holds, when the link is a shareholding
 * @param current whether this is the account the group was asked for
 */
public record GroupMember(long accountId, String name, @Nullable Long linkId, @Nullable CompanyLinkKind kind,
		@Nullable BigDecimal sharePercent, boolean current, List<GroupMember> children) {

	/** This member and everyone below it. */
	public int size() {
		return 1 + children.stream().mapToInt(GroupMember::size).sum();
	}

}
