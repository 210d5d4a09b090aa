package io.guanxi.sales.team;

import io.guanxi.platform.UserDirectory;
import io.guanxi.sales.DealTeams;
import io.guanxi.sales.OpportunitySection;
import io.guanxi.sales.OpportunityView;
import org.springframework.stereotype.Component;

/**
 * "Deal team" beside the opportunity: who works the deal, and for managers the controls.
 */
@Component
class TeamSection implements OpportunitySection {

	static final String TEMPLATE = "sales/team/section";

	/** The section's id on the opportunity page. */
	static final String ANCHOR = "deal-team";

	private final DealTeams teams;

	private final UserDirectory users;

	TeamSection(DealTeams teams, UserDirectory users) {
		this.teams = teams;
		this.users = users;
	}

	@Override
	public String template() {
		return TEMPLATE;
	}

	@Override
	public boolean side() {
		return true;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public TeamSectionData load(OpportunityView deal) {
		return TeamSectionData.of(teams.of(deal.id()), users.activeUsers());
	}

}
