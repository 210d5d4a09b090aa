package io.guanxi.sales.registration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.SaveAccount;
import io.guanxi.platform.Role;
import io.guanxi.sales.Opportunities;
import io.guanxi.sales.OpportunityView;
import io.guanxi.sales.SaveOpportunity;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The registration page, the queue, the section's decision and the API. */
@IntegrationTest
class DealRegistrationPagesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	DealRegistrations registrations;

	@Autowired
	Opportunities opportunities;

	@Autowired
	AccountService accounts;

	TestUser manager;

	TestUser rep;

	TestUser colleague;

	String unique;

	long account;

	@BeforeEach
	void team() {
		manager = users.create(Role.SALES_MANAGER);
		rep = users.create(Role.SALES_REP, manager);
		colleague = users.create(Role.SALES_REP, manager);
		unique = UUID.randomUUID().toString().substring(0, 8);
		account = users.as(manager, () -> accounts.create(new SaveAccount("CNOOC " + unique, null)).id());
	}

	@Test
	void aRepRegistersOnTheFormAndSeesTheConflict() throws Exception {
		OpportunityView first = deal(rep, "Offshore ERP");
		OpportunityView second = deal(colleague, "Offshore ERP too");
		users.as(rep, () -> registrations.register(first.id(), new RegisterDeal(null, "ERP " + unique, null)));

		mvc.perform(post("/opportunities/{id}/registration", second.id()).param("product", " ")
			.param("productLine", "")
			.with(users.session(colleague))
			.with(csrf())).andExpect(status().isOk()).andExpect(content().string(containsString("Name the product")));
		mvc.perform(post("/opportunities/{id}/registration", second.id()).param("productLine", "ERP " + unique)
			.param("note", "Met the CFO")
			.with(users.session(colleague))
			.with(csrf())).andExpect(redirectedUrl("/opportunities/" + second.id() + "/registration"));

		mvc.perform(get("/opportunities/{id}/registration", second.id()).with(users.session(colleague)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 conflicting registration")))
			.andExpect(content().string(containsString("same account and product line")))
			.andExpect(content().string(containsString(rep.username())))
			// the colleague may not read the rep's deal, so its name stays hidden
			.andExpect(content().string(not(containsString(first.name()))));
		TestUser stranger = users.create(Role.SALES_REP);
		mvc.perform(get("/opportunities/{id}/registration", second.id()).with(users.session(stranger)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theDealPageShowsTheRegistrationWithWhatTheUserMayDo() throws Exception {
		OpportunityView deal = deal(rep, "Page deal");
		mvc.perform(get("/opportunities/{id}", deal.id()).with(users.session(rep)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"registration\"")))
			.andExpect(content().string(containsString("data-testid=\"register-link\"")));

		users.as(rep, () -> registrations.register(deal.id(), new RegisterDeal("Subsea sensors", null, null)));
		mvc.perform(get("/opportunities/{id}", deal.id()).with(users.session(rep)))
			.andExpect(content().string(containsString("Subsea sensors")))
			.andExpect(content().string(not(containsString("data-testid=\"register-link\""))))
			.andExpect(content().string(not(containsString("data-testid=\"approve\""))));
		mvc.perform(get("/opportunities/{id}", deal.id()).with(users.session(manager)))
			.andExpect(content().string(containsString("data-testid=\"approve\"")))
			.andExpect(content()
				.string(containsString("hx-post=\"/opportunities/" + deal.id() + "/registration/decision\"")));
	}

	@Test
	void theManagerDecidesFromTheQueue() throws Exception {
		OpportunityView deal = deal(rep, "Queued deal");
		RegistrationView registered = users.as(rep,
				() -> registrations.register(deal.id(), new RegisterDeal("Pipeline SCADA", null, null)));

		mvc.perform(get("/registrations").with(users.session(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(deal.name())))
			.andExpect(content().string(containsString("data-testid=\"approve\"")));
		mvc.perform(get("/registrations").with(users.session(rep)))
			.andExpect(content().string(containsString(deal.name())))
			.andExpect(content().string(not(containsString("data-testid=\"approve\""))));

		mvc.perform(post("/opportunities/{id}/registration/decision", deal.id()).param("approve", "false")
			.param("version", String.valueOf(registered.version()))
			.param("from", "queue")
			.with(users.session(manager))
			.with(csrf()))
			.andExpect(redirectedUrl("/registrations"))
			.andExpect(flash().attribute("error", "Say why the registration is rejected."));
		mvc.perform(post("/opportunities/{id}/registration/decision", deal.id()).param("approve", "true")
			.param("version", String.valueOf(registered.version()))
			.param("from", "queue")
			.with(users.session(manager))
			.with(csrf())).andExpect(redirectedUrl("/registrations")).andExpect(flash().attribute("decided", true));
		assertThat(users.as(rep, () -> registrations.of(deal.id())).status()).isEqualTo(RegistrationStatus.APPROVED);
	}

	@Test
	void theSectionAnswersADecisionTakenThroughHtmx() throws Exception {
		OpportunityView deal = deal(rep, "Section deal");
		RegistrationView registered = users.as(rep,
				() -> registrations.register(deal.id(), new RegisterDeal(null, "Drilling " + unique, null)));

		mvc.perform(post("/opportunities/{id}/registration/decision", deal.id()).header("HX-Request", "true")
			.param("approve", "false")
			.param("note", "Another team has it")
			.param("version", String.valueOf(registered.version()))
			.with(users.session(manager))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"registration\"")))
			.andExpect(content().string(containsString("Rejected")))
			.andExpect(content().string(containsString("Another team has it")))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(post("/opportunities/{id}/registration/decision", deal.id()).header("HX-Request", "true")
			.param("approve", "true")
			.param("version", String.valueOf(registered.version() + 1))
			.with(users.session(manager))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Only a pending registration")));
	}

	@Test
	void theApiRegistersListsAndDecidesWithTheETag() throws Exception {
		OpportunityView deal = deal(rep, "API deal");
		String repToken = rep.bearer(users);
		String managerToken = manager.bearer(users);
		mvc.perform(
				get("/api/v1/opportunities/{id}/registration", deal.id()).header(HttpHeaders.AUTHORIZATION, repToken))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("NONE"))
			.andExpect(jsonPath("$.canRegister").value(true));
		mvc.perform(
				post("/api/v1/opportunities/{id}/registration", deal.id()).header(HttpHeaders.AUTHORIZATION, repToken)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		String registered = mvc
			.perform(post("/api/v1/opportunities/{id}/registration", deal.id())
				.header(HttpHeaders.AUTHORIZATION, repToken)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"product\": \"LNG terminal\", \"productLine\": \"Energy " + unique + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(header().exists(HttpHeaders.ETAG))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);

		mvc.perform(get("/api/v1/registrations").header(HttpHeaders.AUTHORIZATION, managerToken))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[?(@.opportunityId == " + deal.id() + ")].canDecide").value(true));
		String body = "{\"approve\": true, \"note\": \"Fine\"}";
		mvc.perform(post("/api/v1/opportunities/{id}/registration/decision", deal.id())
			.header(HttpHeaders.AUTHORIZATION, managerToken)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isPreconditionRequired());
		mvc.perform(post("/api/v1/opportunities/{id}/registration/decision", deal.id())
			.header(HttpHeaders.AUTHORIZATION, repToken)
			.header(HttpHeaders.IF_MATCH, registered)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isConflict());
		String decided = mvc
			.perform(post("/api/v1/opportunities/{id}/registration/decision", deal.id())
				.header(HttpHeaders.AUTHORIZATION, managerToken)
				.header(HttpHeaders.IF_MATCH, registered)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.parse(decided).read("$.status", String.class)).isEqualTo("APPROVED");
		assertThat(JsonPath.parse(decided).read("$.protectedUntil", String.class)).isNotBlank();
	}

	private OpportunityView deal(TestUser owner, String name) {
		return users.as(manager,
				() -> opportunities.create(new SaveOpportunity(account, name + " " + unique, new BigDecimal("120000"),
						"CNY", LocalDate.now().plusMonths(2), null, null, null, null, owner.id(), null)));
	}

}
