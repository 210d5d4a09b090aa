package io.guanxi.sales.team;

import java.util.Locale;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.platform.Role;
import io.guanxi.sales.Deals;
import io.guanxi.sales.Opportunities;
import io.guanxi.sales.OpportunityView;
import io.guanxi.sales.TeamRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The deal team end to end over HTTP: the opportunity page, the section's own endpoints,
 * the API and "Deals I'm on". The rep owns the deal; pre-sales and marketing come from
 * another team; a rep of that other team is on no team.
 */
@IntegrationTest
class DealTeamIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AccountService accounts;

	@Autowired
	Opportunities opportunities;

	Deals deals;

	TestUser rep;

	TestUser presales;

	TestUser marketing;

	TestUser stranger;

	OpportunityView deal;

	@BeforeEach
	void aDealOfOneTeamAndColleaguesOfAnother() {
		deals = new Deals(users, accounts, opportunities);
		TestUser manager = users.create(Role.SALES_MANAGER);
		rep = users.create(Role.SALES_REP, manager);
		TestUser otherManager = users.create(Role.SALES_MANAGER);
		presales = users.create(Role.SALES_REP, otherManager);
		marketing = users.create(Role.MARKETING, otherManager);
		stranger = users.create(Role.SALES_REP, otherManager);
		deal = deals.open(rep, "数据中心");
	}

	@Test
	void theOwnerAddsAMemberWhoThenReadsTheDealOnThePageAndInTheApi() throws Exception {
		mvc.perform(post("/opportunities/{id}/team", deal.id()).with(users.session(rep))
			.with(csrf())
			.header("HX-Request", "true")
			.param("userId", String.valueOf(presales.id()))
			.param("role", "PRESALES")
			.param("canEdit", "true")
			.param("version", String.valueOf(deal.version())))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Trigger", "opportunity-changed"))
			.andExpect(content()
				.string(allOf(containsString("id=\"deal-team\""), containsString("Test " + presales.username()),
						containsString("Pre-sales"), containsString("Can edit"),
						containsString("data-testid=\"deal-team-add\""), not(containsString("<html")))));

		mvc.perform(get("/opportunities/{id}", deal.id()).with(users.session(presales)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(deals.named("数据中心")), containsString("id=\"deal-team\""),
					containsString("id=\"sales-tasks\""), containsString("Test " + rep.username()),
					not(containsString("data-testid=\"deal-team-add\"")), not(containsString("deal-team-remove")))));
		mvc.perform(get("/api/v1/opportunities/{id}/team", deal.id()).header(HttpHeaders.AUTHORIZATION,
				presales.bearer(users)))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ETAG, "\"" + (deal.version() + 1) + "\""))
			.andExpect(jsonPath("$.ownerId").value(rep.id()))
			.andExpect(jsonPath("$.members[0].userId").value(presales.id()))
			.andExpect(jsonPath("$.members[0].role").value("PRESALES"))
			.andExpect(jsonPath("$.members[0].canEdit").value(true))
			.andExpect(jsonPath("$.canManage").value(false));
		mvc.perform(get("/opportunities/on-my-team").with(users.session(presales)))
			.andExpect(content().string(allOf(containsString(deals.named("数据中心")), containsString("Pre-sales"))));
		mvc.perform(get("/opportunities/on-my-team").with(users.session(stranger)).locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(content()
				.string(allOf(containsString("您尚未加入任何同事的商机团队。"), not(containsString(deals.named("数据中心"))))));
	}

	@Test
	void aMemberWhoMayNotEditIsRefusedChangesAndAnEditingMemberCannotManageTheTeam() throws Exception {
		deals.put(rep, deal.id(), presales, TeamRole.PRESALES, true);
		OpportunityView current = deals.put(rep, deal.id(), marketing, TeamRole.MARKETING, false);
		String version = String.valueOf(current.version());

		mvc.perform(get("/api/v1/opportunities/{id}/team", deal.id()).header(HttpHeaders.AUTHORIZATION,
				marketing.bearer(users)))
			.andExpect(status().isOk());
		mvc.perform(post("/opportunities/{id}/team", deal.id()).with(users.session(marketing))
			.with(csrf())
			.header("HX-Request", "true")
			.param("userId", String.valueOf(stranger.id()))
			.param("role", "OTHER")
			.param("version", version)).andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/opportunities/{id}/team/{user}", deal.id(), marketing.id())
			.header(HttpHeaders.AUTHORIZATION, marketing.bearer(users))
			.header(HttpHeaders.IF_MATCH, "\"" + version + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"role\": \"MARKETING\", \"canEdit\": true}"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

		// pre-sales may change the deal, not the team
		mvc.perform(
				post("/opportunities/{id}/team/{user}/remove", deal.id(), marketing.id()).with(users.session(presales))
					.with(csrf())
					.header("HX-Request", "true")
					.param("version", version))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Only the owner and their managers change the deal team.")));
		mvc.perform(delete("/api/v1/opportunities/{id}/team/{user}", deal.id(), marketing.id())
			.header(HttpHeaders.AUTHORIZATION, presales.bearer(users))
			.header(HttpHeaders.IF_MATCH, "\"" + version + "\""))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("Only the owner and their managers change the deal team."));
		assertThat(users.as(rep, () -> opportunities.get(deal.id())).members()).hasSize(2);
	}

	@Test
	void aRemovedMemberLosesAccess() throws Exception {
		OpportunityView current = deals.put(rep, deal.id(), presales, TeamRole.PRESALES, true);
		mvc.perform(get("/opportunities/{id}", deal.id()).with(users.session(presales))).andExpect(status().isOk());

		mvc.perform(post("/opportunities/{id}/team/{user}/remove", deal.id(), presales.id()).with(users.session(rep))
			.with(csrf())
			.param("version", String.valueOf(current.version())))
			.andExpect(redirectedUrl("/opportunities/" + deal.id() + "#deal-team"));

		mvc.perform(get("/opportunities/{id}", deal.id()).with(users.session(presales)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/opportunities/{id}/team", deal.id()).with(users.session(presales)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/opportunities/{id}/team", deal.id()).header(HttpHeaders.AUTHORIZATION,
				presales.bearer(users)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/opportunities/on-my-team").with(users.session(presales)))
			.andExpect(content().string(not(containsString(deals.named("数据中心")))));
	}

	@Test
	void someoneOfAnotherTeamWhoIsNotOnTheTeamFindsNothing() throws Exception {
		mvc.perform(get("/opportunities/{id}", deal.id()).with(users.session(stranger)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/opportunities/{id}/team", deal.id()).with(users.session(stranger)))
			.andExpect(status().isNotFound());
		mvc.perform(
				get("/opportunities/{id}/team", deal.id()).with(users.session(stranger)).header("HX-Request", "true"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/opportunities/{id}/team", deal.id()).header(HttpHeaders.AUTHORIZATION,
				stranger.bearer(users)))
			.andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/opportunities/{id}/team/{user}", deal.id(), stranger.id())
			.header(HttpHeaders.AUTHORIZATION, stranger.bearer(users))
			.header(HttpHeaders.IF_MATCH, "\"" + deal.version() + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"role\": \"PRESALES\", \"canEdit\": true}")).andExpect(status().isNotFound());
		mvc.perform(post("/opportunities/{id}/team", deal.id()).with(users.session(stranger))
			.with(csrf())
			.param("userId", String.valueOf(stranger.id()))
			.param("role", "PRESALES")
			.param("version", String.valueOf(deal.version()))).andExpect(status().isNotFound());
		assertThat(users.as(rep, () -> opportunities.get(deal.id())).members()).isEmpty();
	}

	@Test
	void changesThroughTheApiNeedTheCurrentETag() throws Exception {
		String bearer = rep.bearer(users);
		String path = "/api/v1/opportunities/" + deal.id() + "/team/" + presales.id();
		String body = "{\"role\": \"PRESALES\", \"canEdit\": false}";

		mvc.perform(put(path).header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isPreconditionRequired());
		mvc.perform(put(path).header(HttpHeaders.AUTHORIZATION, bearer)
			.header(HttpHeaders.IF_MATCH, "\"" + (deal.version() + 7) + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isPreconditionFailed());
		mvc.perform(put(path).header(HttpHeaders.AUTHORIZATION, bearer)
			.header(HttpHeaders.IF_MATCH, "\"" + deal.version() + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"role\": \"OWNER\", \"canEdit\": true}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("The owner role is the owner's alone: choose another role."));
		mvc.perform(put(path).header(HttpHeaders.AUTHORIZATION, bearer)
			.header(HttpHeaders.IF_MATCH, "\"" + deal.version() + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"canEdit\": true}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("role"));
		String etag = mvc
			.perform(put(path).header(HttpHeaders.AUTHORIZATION, bearer)
				.header(HttpHeaders.IF_MATCH, "\"" + deal.version() + "\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.members[0].canEdit").value(false))
			.andExpect(jsonPath("$.canManage").value(true))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);
		mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.role").value("PRESALES"));

		mvc.perform(delete(path).header(HttpHeaders.AUTHORIZATION, bearer).header(HttpHeaders.IF_MATCH, etag))
			.andExpect(status().isNoContent())
			.andExpect(header().exists(HttpHeaders.ETAG));
		mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, bearer)).andExpect(status().isNotFound());
	}

	@Test
	void theSectionSpeaksChineseAndShowsARefusalInPlace() throws Exception {
		mvc.perform(post("/opportunities/{id}/team", deal.id()).with(users.session(rep))
			.with(csrf())
			.header("HX-Request", "true")
			.locale(Locale.SIMPLIFIED_CHINESE)
			.param("userId", String.valueOf(rep.id()))
			.param("role", "PRESALES")
			.param("version", String.valueOf(deal.version())))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("商机团队"), containsString("负责人已在商机团队中。"), containsString("加入团队"))));
		mvc.perform(post("/opportunities/{id}/team", deal.id()).with(users.session(rep))
			.with(csrf())
			.header("HX-Request", "true")
			.param("userId", String.valueOf(presales.id()))
			.param("role", "PRESALES")
			.param("version", String.valueOf(deal.version() + 3)))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("HX-Trigger"))
			.andExpect(content().string(containsString("Somebody else changed this record in the meantime.")));
		mvc.perform(post("/opportunities/{id}/team", deal.id()).with(users.session(rep))
			.with(csrf())
			.param("userId", String.valueOf(presales.id()))
			.param("role", "OWNER")
			.param("version", String.valueOf(deal.version())))
			.andExpect(redirectedUrl("/opportunities/" + deal.id() + "#deal-team"))
			.andExpect(flash().attribute("teamError", "The owner role is the owner's alone: choose another role."));
	}

}
