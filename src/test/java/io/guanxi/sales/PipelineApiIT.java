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

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The board, the list, the summary and the forecast as JSON for a bearer token. */
@IntegrationTest
class PipelineApiIT {

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

	String token;

	OpportunityView deal;

	@BeforeEach
	void deals() {
		fixture = new DealFixture(users, opportunities, processes, processRepository, accounts, teams);
		process = fixture.process();
		manager = fixture.user(Role.SALES_MANAGER, null, null);
		rep = fixture.user(Role.SALES_REP, null, manager);
		long account = fixture.account(rep);
		deal = fixture.move(rep,
				fixture.deal(rep, account, process.id(), "Api deal", "40000", "CNY", LocalDate.of(2031, 2, 10), null),
				DealFixture.stage(process, 3));
		fixture.deal(rep, account, process.id(), "Api small", "1000", "CNY", LocalDate.of(2031, 2, 11), null);
		token = manager.bearer(users);
	}

	@Test
	void theBoardAnswersColumnsWithTotalsAndCards() throws Exception {
		mvc.perform(get("/api/v1/pipeline").param("process", String.valueOf(process.id()))
			.header(HttpHeaders.AUTHORIZATION, token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.process.id").value(process.id()))
			.andExpect(jsonPath("$.columns.length()").value(4))
			.andExpect(jsonPath("$.columns[0].count").value(1))
			.andExpect(jsonPath("$.columns[2].totals[0].currency").value("CNY"))
			.andExpect(jsonPath("$.columns[2].totals[0].amount").value(40000.0))
			.andExpect(jsonPath("$.columns[2].totals[0].weighted").value(36000.0))
			.andExpect(jsonPath("$.columns[2].cards[0].id").value(deal.id()))
			.andExpect(jsonPath("$.columns[2].cards[0].version").value(deal.version()))
			.andExpect(jsonPath("$.columns[2].more").value(0));
	}

	@Test
	void theListFiltersSortsAndPages() throws Exception {
		mvc.perform(get("/api/v1/opportunities").param("process", String.valueOf(process.id()))
			.param("sort", "amount,desc")
			.param("size", "1")
			.header(HttpHeaders.AUTHORIZATION, token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(1))
			.andExpect(jsonPath("$.content[0].id").value(deal.id()))
			.andExpect(jsonPath("$.content[0].stage.name").value("Commit"))
			.andExpect(jsonPath("$.page.totalElements").value(2));
		mvc.perform(get("/api/v1/opportunities").param("process", String.valueOf(process.id()))
			.param("amountTo", "5000")
			.header(HttpHeaders.AUTHORIZATION, token)).andExpect(jsonPath("$.page.totalElements").value(1));
		mvc.perform(get("/api/v1/opportunities").param("page", "500")
			.param("size", "20")
			.header(HttpHeaders.AUTHORIZATION, token))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void theForecastAndTheSummaryAnswerPerPeriodAndOwner() throws Exception {
		mvc.perform(get("/api/v1/forecast").param("period", "quarter")
			.param("from", "2031-01-01")
			.param("to", "2031-03-31")
			.header(HttpHeaders.AUTHORIZATION, token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.period").value("QUARTER"))
			.andExpect(jsonPath("$.periods[0].name").value("2031-Q1"))
			.andExpect(jsonPath("$.periods[0].commit").value(40000.0))
			.andExpect(jsonPath("$.periods[0].pipeline").value(41000.0));
		mvc.perform(get("/api/v1/pipeline/summary").param("process", String.valueOf(process.id()))
			.header(HttpHeaders.AUTHORIZATION, token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.owners[0].id").value(rep.id()))
			.andExpect(jsonPath("$.owners[0].total.count").value(2))
			.andExpect(jsonPath("$.total.total.amount").value(41000.0));
	}

	@Test
	void badParametersAreProblems() throws Exception {
		mvc.perform(get("/api/v1/forecast").param("period", "fortnight").header(HttpHeaders.AUTHORIZATION, token))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/forecast").param("from", "2031-06-01")
			.param("to", "2031-01-01")
			.header(HttpHeaders.AUTHORIZATION, token))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("The forecast ends before it starts: choose a later end."));
		mvc.perform(get("/api/v1/pipeline").param("owner", "someone").header(HttpHeaders.AUTHORIZATION, token))
			.andExpect(status().isBadRequest());
	}

}
