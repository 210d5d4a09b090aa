package io.guanxi.sales.team;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.guanxi.platform.UserDirectory.UserSummary;
import io.guanxi.sales.DealTeam;
import io.guanxi.sales.OpportunityView;
import io.guanxi.sales.TeamRole;

/**
 * What the deal team section shows: the team, and for those who manage it the users who
 * may still join (every active user not on it) and the roles to give.
 */
public record TeamSectionData(DealTeam team, List<UserSummary> candidates, List<TeamRole> roles) {

	static TeamSectionData of(DealTeam team, List<UserSummary> activeUsers) {
		if (!team.canManage()) {
			return new TeamSectionData(team, List.of(), List.of());
		}
		Set<Long> onTeam = team.members().stream().map(OpportunityView.Member::userId).collect(Collectors.toSet());
		List<UserSummary> candidates = activeUsers.stream()
			.filter(user -> user.id() != team.ownerId() && !onTeam.contains(user.id()))
			.toList();
		List<TeamRole> roles = Arrays.stream(TeamRole.values()).filter(role -> role != TeamRole.OWNER).toList();
		return new TeamSectionData(team, candidates, roles);
	}

	public int size() {
		return team.members().size() + 1;
	}

}
