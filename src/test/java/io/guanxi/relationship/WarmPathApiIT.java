package io.guanxi.relationship;

import java.util.UUID;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.ContactService;
import io.guanxi.customer.SaveAccount;
import io.guanxi.customer.SaveContact;
import io.guanxi.platform.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Warm paths through the API and the pages. */
@IntegrationTest
class WarmPathApiIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	PersonTies ties;

	@Autowired
	OrgService org;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	TestUser rep;

	String unique;

	long target;

	long friend;

	@BeforeEach
	void pathThroughAFriend() {
		rep = users.create(Role.SALES_REP);
		unique = UUID.randomUUID().toString().substring(0, 8);
		target = users.as(rep, () -> contacts.create(SaveContact.named("目", "标" + unique)).id());
		friend = users.as(rep, () -> contacts.create(SaveContact.named("朋", "友" + unique)).id());
		users.as(rep, () -> ties.know(new SaveUserTie(rep.id(), friend, 4, null)));
		users.as(rep, () -> ties.create(new SavePersonTie(target, friend, PersonTieKind.MENTOR, 5, null, null, null)));
	}

	@Test
	void theApiAnswersPathsWithNodesAndDescribedEdges() throws Exception {
		mvc.perform(get("/api/v1/contacts/{id}/warm-paths", target).param("maxHops", "4")
			.header(HttpHeaders.AUTHORIZATION, rep.bearer(users)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.contactName").value("目标" + unique))
			.andExpect(jsonPath("$.capped").value(false))
			.andExpect(jsonPath("$.paths.length()").value(1))
			.andExpect(jsonPath("$.paths[0].cost").value(2.5 + 1.5))
			.andExpect(jsonPath("$.paths[0].nodes[0].kind").value("USER"))
			.andExpect(jsonPath("$.paths[0].nodes[0].name").value("Test " + rep.username()))
			.andExpect(jsonPath("$.paths[0].nodes[1].id").value(friend))
			.andExpect(jsonPath("$.paths[0].nodes[2].name").value("目标" + unique))
			.andExpect(jsonPath("$.paths[0].edges[0].kind").value("KNOWS"))
			.andExpect(jsonPath("$.paths[0].edges[0].strength").value(4))
			.andExpect(jsonPath("$.paths[0].edges[0].description").value("knows"))
			.andExpect(jsonPath("$.paths[0].edges[1].relation").value("MENTOR"))
			.andExpect(jsonPath("$.paths[0].edges[1].description").value("mentee of"));
		mvc.perform(get("/api/v1/contacts/{id}/warm-paths", target).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
			.header(HttpHeaders.AUTHORIZATION, rep.bearer(users)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths[0].edges[1].description").value("是其学生"));
	}

	@Test
	void theApiRefusesHopsOutOfRangeAndHidesContactsTheCallerMayNotRead() throws Exception {
		String bearer = rep.bearer(users);
		for (String hops : new String[] { "1", "5" }) {
			mvc.perform(get("/api/v1/contacts/{id}/warm-paths", target).param("maxHops", hops)
				.header(HttpHeaders.AUTHORIZATION, bearer))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
		mvc.perform(get("/api/v1/contacts/{id}/warm-paths", target).param("limit", "11")
			.header(HttpHeaders.AUTHORIZATION, bearer)).andExpect(status().isBadRequest());
		TestUser stranger = users.create(Role.SALES_REP);
		mvc.perform(get("/api/v1/contacts/{id}/warm-paths", target).header(HttpHeaders.AUTHORIZATION,
				stranger.bearer(users)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void theContactPageAsksAndThePathsAnswerAsAPageOrAFragment() throws Exception {
		mvc.perform(get("/contacts/{id}", target).with(users.session(rep)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("How do we reach this person?")))
			.andExpect(content().string(containsString("action=\"/contacts/" + target + "/warm-paths\"")));
		mvc.perform(get("/contacts/{id}/warm-paths", target).with(users.session(rep)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("Test " + rep.username())))
			.andExpect(content().string(containsString("mentee of")))
			.andExpect(content().string(containsString("href=\"/contacts/" + friend + "\"")));
		mvc.perform(get("/contacts/{id}/warm-paths", target).param("maxHops", "2")
			.header("HX-Request", "true")
			.with(users.session(rep)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("data-warm-path-graph")))
			.andExpect(content().string(containsString("朋友" + unique)));
	}

	@Test
	void aContactWithoutWarmPathsSaysSo() throws Exception {
		long lonely = users.as(rep, () -> contacts.create(SaveContact.named("孤", "独" + unique)).id());
		long company = users.as(rep, () -> accounts.create(new SaveAccount("Lonely " + unique, null)).id());
		users.as(rep, () -> org.join(company,
				new JoinAccount(lonely, "Hermit", null, null, null, java.time.LocalDate.of(2020, 1, 1), null, null)));
		mvc.perform(get("/contacts/{id}/warm-paths", lonely).header("HX-Request", "true").with(users.session(rep)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No warm path was found within 4 steps.")));
	}

}
