package io.guanxi.sales;

import java.util.List;

import io.guanxi.platform.AccessService;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.sales.team.TeamQueries;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deal team (虚拟团队) of an opportunity: who is on it, with which role and whether they
 * may change the deal; and the deals a user is on. Reading the team needs the right to
 * read the deal; changing it is for those whose scope covers the owner (see
 * {@link Opportunities#putMember}). Any active user may join a team, from any team of
 * ours: pre-sales often comes from elsewhere.
 */
@Service
@Transactional
public class DealTeams {

	private static final String MEMBER = "dealTeamMember";

	private final Opportunities opportunities;

	private final AccessService access;

	private final TeamQueries queries;

	DealTeams(Opportunities opportunities, AccessService access, TeamQueries queries) {
		this.opportunities = opportunities;
		this.access = access;
		this.queries = queries;
	}

	@Transactional(readOnly = true)
	public DealTeam of(long opportunityId) {
		return team(opportunities.get(opportunityId));
	}

	/**
	 * Puts a user on the team or changes their role and edit right. The owner's role is
	 * the owner's alone.
	 */
	public DealTeam put(long opportunityId, long userId, TeamRole role, boolean canEdit, long expectedVersion) {
		if (role == TeamRole.OWNER) {
			throw new BusinessRuleException("sales.team.error.ownerRole");
		}
		return team(opportunities.putMember(opportunityId, userId, role, canEdit, expectedVersion));
	}

	/** Takes a member off the team; they lose the access it gave them. */
	public DealTeam remove(long opportunityId, long userId, long expectedVersion) {
		OpportunityView deal = opportunities.get(opportunityId);
		if (deal.members().stream().noneMatch(member -> member.userId() == userId)) {
			throw new RecordNotFoundException(MEMBER, userId);
		}
		return team(opportunities.removeMember(opportunityId, userId, expectedVersion));
	}

	/**
	 * The opportunities the caller is a team member of (not those they own), open ones
	 * first, then by expected close date.
	 */
	@Transactional(readOnly = true)
	public Page<TeamDeal> dealsOfCaller(Pageable pageable) {
		return queries.dealsOf(access.currentUser().id(), pageable);
	}

	private DealTeam team(OpportunityView deal) {
		boolean canManage = deal.canChange() && access.scope().permits(deal.ownerId());
		List<OpportunityView.Member> members = deal.members()
			.stream()
			.sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
			.toList();
		return new DealTeam(deal.id(), deal.name(), deal.ownerId(), deal.ownerName(), members, canManage,
				deal.version());
	}

}
