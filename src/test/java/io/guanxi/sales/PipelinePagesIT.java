package io.guanxi.sales;

import java.time.LocalDate;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.platform.Role;
import io.guanxi.platform.user.TeamService;
import io.guanxi.sales.internal.SalesProcessRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The pipeline pages and the board's move endpoint, through the session. */
@IntegrationTest
class PipelinePagesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	Opportunities opportunities;

	@Autowired
	SalesProcesses processes;

	@Autowired
	SalesProcessRepository processRepository;

	@Autowired
	AccountService accounts;

	@Autowired
	TeamService teams;

	DealFixture fixture;

	ProcessView process;

	TestUser manager;

	TestUser rep;

	OpportunityView deal;

	@BeforeEach
	void deal() {
		fixture = new DealFixture(users, opportunities, processes, processRepository, accounts, teams);
		process = fixture.process();
		manager = fixture.user(Role.SALES_MANAGER, null, null);
		rep = fixture.user(Role.SALES_REP, null, manager);
		deal = fixture.deal(rep, fixture.account(rep), process.id(), "<b>Escaped</b>", "250000", "CNY",
				LocalDate.of(2031, 5, 1), "Cloud");
	}

	@Test
	void theBoardShowsTheProcessColumnsAndTheCardEscaped() throws Exception {
		mvc.perform(get("/pipeline").param("process", String.valueOf(process.id())).with(users.session(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-id=\"" + deal.id() + "\"")))
			.andExpect(content().string(containsString("&lt;b&gt;Escaped&lt;/b&gt; " + fixture.unique)))
			.andExpect(content().string(not(containsString("<b>Escaped</b>"))))
			.andExpect(content().string(containsString("Qualify")))
			.andExpect(content().string(containsString("/webjars/sortablejs/Sortable.min.js")));
		mvc.perform(get("/sales").with(users.session(rep))).andExpect(redirectedUrl("/pipeline"));
	}

	@Test
	void everyPipelinePageAnswersForARep() throws Exception {
		for (String path : new String[] { "/opportunities", "/pipeline/summary", "/forecast" }) {
			mvc.perform(get(path).param("process", String.valueOf(process.id())).with(users.session(rep)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("data-testid=\"tab-board\"")));
		}
		mvc.perform(get("/opportunities").param("q", "escaped").with(users.session(rep)))
			.andExpect(content().string(containsString("data-testid=\"row-" + deal.id() + "\"")));
		mvc.perform(get("/forecast").param("period", "quarter")
			.param("from", "2031-04-01")
			.param("to", "2031-06-30")
			.with(users.session(rep)))
			.andExpect(content().string(containsString("data-testid=\"forecast-2031-Q2\"")))
			.andExpect(content().string(containsString("CN¥250,000")));
	}

	@Test
	void anAllowedMoveAnswersTheBoardWithTheCardInItsNewColumn() throws Exception {
		long propose = DealFixture.stage(process, 2);

		mvc.perform(post("/pipeline/cards/{id}/stage", deal.id()).param("stageId", String.valueOf(propose))
			.param("version", String.valueOf(deal.version()))
			.param("process", String.valueOf(process.id()))
			.with(users.session(rep))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"board\"")))
			.andExpect(content().string(containsString("gx-deal-moved")));

		assertThat(users.as(rep, () -> opportunities.get(deal.id())).stage().id()).isEqualTo(propose);
	}

	@Test
	void aStaleOrForeignMoveIsAProblem() throws Exception {
		long propose = DealFixture.stage(process, 2);
		mvc.perform(post("/pipeline/cards/{id}/stage", deal.id()).param("stageId", String.valueOf(propose))
			.param("version", String.valueOf(deal.version() + 7))
			.with(users.session(rep))
			.with(csrf()))
			.andExpect(status().isPreconditionFailed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("Somebody changed this deal")));

		TestUser stranger = fixture.user(Role.SALES_REP, null, null);
		mvc.perform(post("/pipeline/cards/{id}/stage", deal.id()).param("stageId", String.valueOf(propose))
			.param("version", String.valueOf(deal.version()))
			.with(users.session(stranger))
			.with(csrf())).andExpect(status().isNotFound());
		assertThat(users.as(rep, () -> opportunities.get(deal.id())).version()).isEqualTo(deal.version());
	}

	@Test
	void aMoveOutsideTheProcessIsRefusedWithItsReason() throws Exception {
		long otherProcess = DealFixture.stage(fixture.process(), 2);

		mvc.perform(post("/pipeline/cards/{id}/stage", deal.id()).param("stageId", String.valueOf(otherProcess))
			.param("version", String.valueOf(deal.version()))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
			.with(users.session(rep))
			.with(csrf())).andExpect(status().isConflict()).andExpect(jsonPath("$.title").value("商机暂时不能进入该阶段"));
	}

	@Test
	void anUnknownOwnerOrPeriodIsABadRequest() throws Exception {
		mvc.perform(get("/pipeline").param("owner", "nobody").with(users.session(rep)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/forecast").param("period", "week").with(users.session(rep)))
			.andExpect(status().isBadRequest());
	}

}
