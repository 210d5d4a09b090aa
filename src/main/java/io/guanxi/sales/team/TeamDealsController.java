package io.guanxi.sales.team;

import io.guanxi.sales.DealTeams;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Deals I'm on": the opportunities the signed-in user works on as a team member. */
@Controller
class TeamDealsController {

	private final DealTeams teams;

	TeamDealsController(DealTeams teams) {
		this.teams = teams;
	}

	@GetMapping("/opportunities/on-my-team")
	String list(@PageableDefault(size = 25) Pageable pageable, Model model) {
		model.addAttribute("page", teams.dealsOfCaller(pageable));
		return "sales/team/deals";
	}

}
