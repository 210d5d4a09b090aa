package io.guanxi.relationship;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.ContactService;
import io.guanxi.customer.LogInteraction;
import io.guanxi.customer.SaveContact;
import io.guanxi.customer.TimelineEntry.Channel;
import io.guanxi.customer.TimelineEntry.Direction;
import io.guanxi.customer.TimelineService;
import io.guanxi.platform.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Ties between people and our users' ties to them, over the API. */
@IntegrationTest
class PersonTiesApiIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	ContactService contacts;

	@Autowired
	TimelineService timeline;

	TestUser manager;

	TestUser rep;

	String bearer;

	String unique;

	@BeforeEach
	void team() {
		manager = users.create(Role.SALES_MANAGER);
		rep = users.create(Role.SALES_REP, manager);
		bearer = rep.bearer(users);
		unique = UUID.randomUUID().toString().substring(0, 6);
	}

	@Test
	void aTieIsCreatedListedBothWaysChangedWithItsETagAndDeleted() throws Exception {
		long mentor = contact("李", "老师");
		long student = contact("王", "同学");

		String created = mvc
			.perform(post("/api/v1/contacts/" + student + "/ties").header(HttpHeaders.AUTHORIZATION, bearer)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"fromContactId\": " + mentor
						+ ", \"kind\": \"MENTOR\", \"strength\": 4, \"validFrom\": \"2015-09-01\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
			.andExpect(jsonPath("$.fromName").value("李老师" + unique))
			.andExpect(jsonPath("$.toContactId").value(student))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();

		mvc.perform(get("/api/v1/contacts/" + mentor + "/ties").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].kind").value("MENTOR"));
		mvc.perform(get("/api/v1/contacts/" + student + "/ties").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(jsonPath("$[0].id").value(id));
		mvc.perform(put("/api/v1/person-ties/" + id).header(HttpHeaders.AUTHORIZATION, bearer)
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"FRIEND\", \"strength\": 5}"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
			.andExpect(jsonPath("$.kind").value("FRIEND"))
			.andExpect(jsonPath("$.fromContactId").value(mentor));
		mvc.perform(put("/api/v1/person-ties/" + id).header(HttpHeaders.AUTHORIZATION, bearer)
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"FRIEND\", \"strength\": 3}")).andExpect(status().isPreconditionFailed());
		mvc.perform(delete("/api/v1/person-ties/" + id).header(HttpHeaders.AUTHORIZATION, bearer)
			.header(HttpHeaders.IF_MATCH, "\"1\"")).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/contacts/" + mentor + "/ties").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void badTiesAreProblems() throws Exception {
		long person = contact("赵", "六");
		long hidden = users.as(users.create(Role.SALES_REP), () -> contacts.create(SaveContact.named("秘", "密")).id());

		mvc.perform(post("/api/v1/contacts/" + person + "/ties").header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"toContactId\": " + person + ", \"kind\": \"FRIEND\", \"strength\": 7}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("strength"));
		mvc.perform(post("/api/v1/contacts/" + person + "/ties").header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"toContactId\": " + person + ", \"kind\": \"FRIEND\", \"strength\": 3}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("A person cannot be tied to themselves."));
		mvc.perform(post("/api/v1/contacts/" + person + "/ties").header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"toContactId\": " + hidden + ", \"kind\": \"FRIEND\", \"strength\": 3}"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void whoKnowsThemMergesRecordedTiesWithTheTimeline() throws Exception {
		long contact = contact("陈", "总");
		users.as(manager, () -> timeline.log(new LogInteraction(null, Channel.MEETING, Direction.OUTBOUND, "拜访", null,
				null, Instant.now().minus(Duration.ofDays(10)), 30, List.of(contact), List.of())));

		mvc.perform(get("/api/v1/contacts/" + contact + "/user-ties").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].userId").value(manager.id()))
			.andExpect(jsonPath("$[0].id").isEmpty())
			.andExpect(jsonPath("$[0].strength").value(3))
			.andExpect(jsonPath("$[0].lastInteraction").isNotEmpty());

		mvc.perform(put("/api/v1/contacts/" + contact + "/user-ties").header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"strength\": 5, \"note\": \"大学同学\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.userId").value(rep.id()))
			.andExpect(jsonPath("$.strength").value(5))
			.andExpect(jsonPath("$.note").value("大学同学"));
		mvc.perform(get("/api/v1/contacts/" + contact + "/user-ties").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(jsonPath("$[0].userId").value(rep.id()))
			.andExpect(jsonPath("$[0].id").isNotEmpty())
			.andExpect(jsonPath("$[1].userId").value(manager.id()));

		mvc.perform(delete("/api/v1/contacts/" + contact + "/user-ties").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/contacts/" + contact + "/user-ties").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(jsonPath("$", hasSize(1)));
	}

	@Test
	void theAuthorAndTheColleaguesOfAMeetingBothKnowThePerson() throws Exception {
		long contact = contact("郑", "总");
		users.as(manager, () -> timeline.log(new LogInteraction(null, Channel.MEETING, Direction.OUTBOUND, "午餐", null,
				null, Instant.now().minus(Duration.ofDays(200)), 60, List.of(contact), List.of(rep.id()))));

		mvc.perform(get("/api/v1/contacts/" + contact + "/user-ties").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[*].userId", containsInAnyOrder((int) manager.id(), (int) rep.id())))
			.andExpect(jsonPath("$[0].strength").value(2));
	}

	@Test
	void aManagerRecordsAReportsTieButARepCannotRecordTheirManagers() throws Exception {
		long contact = contact("周", "总");

		mvc.perform(put("/api/v1/contacts/" + contact + "/user-ties")
			.header(HttpHeaders.AUTHORIZATION, manager.bearer(users))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"userId\": " + rep.id() + ", \"strength\": 2}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.userId").value(rep.id()))
			.andExpect(jsonPath("$.strength").value(2));
		mvc.perform(put("/api/v1/contacts/" + contact + "/user-ties").header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"userId\": " + manager.id() + ", \"strength\": 2}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("only your own ties")));
		mvc.perform(put("/api/v1/contacts/" + contact + "/user-ties").header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"strength\": 0}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("strength"));
	}

	private long contact(String family, String given) {
		return users.as(rep, () -> contacts.create(SaveContact.named(family, given + unique)).id());
	}

}
