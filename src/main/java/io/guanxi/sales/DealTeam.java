package io.guanxi.sales;

import java.util.List;

/**
 * A deal team (虚拟团队): the opportunity's owner and the members who work the deal with
 * them.
 *
 * @param canManage whether the caller may add, change and remove members
 * @param version the opportunity's version (its ETag), which changes go against
 */
public record DealTeam(long opportunityId, String opportunityName, long ownerId, String ownerName,
		List<OpportunityView.Member> members, boolean canManage, long version) {
}
