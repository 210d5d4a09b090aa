package io.guanxi.sales;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.SaveAccount;
import io.guanxi.platform.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The lead API: capture, ETags, status steps, conversion with its 409, problem details.
 */
@IntegrationTest
class LeadApiIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AccountService accounts;

	TestUser rep;

	String bearer;

	String unique;

	@BeforeEach
	void setUp() {
		rep = users.create(Role.SALES_REP);
		bearer = rep.bearer(users);
		unique = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aLeadIsCapturedOnceWhateverTheRetriesAndChangedWithItsETag() throws Exception {
		String body = lead("Api " + unique);
		String created = mvc
			.perform(post("/api/v1/leads").header(HttpHeaders.AUTHORIZATION, bearer)
				.header("Idempotency-Key", "lead-" + unique)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
			.andExpect(header().string(HttpHeaders.LOCATION, containsString("/api/v1/leads/")))
			.andExpect(jsonPath("$.source").value("API"))
			.andExpect(jsonPath("$.status").value("NEW"))
			.andExpect(jsonPath("$.ownerId").value(rep.id()))
			.andExpect(jsonPath("$.mobileE164").value("+8613912345678"))
			.andExpect(jsonPath("$.score.total").value(15 + 15 + 10 + 10 + 8 + 20))
			.andExpect(jsonPath("$.score.reasons[4].messageKey").value("sales.lead.score.need"))
			.andExpect(jsonPath("$.score.reasons[4].points").value(0))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		mvc.perform(post("/api/v1/leads").header(HttpHeaders.AUTHORIZATION, bearer)
			.header("Idempotency-Key", "lead-" + unique)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isCreated()).andExpect(jsonPath("$.id").value(id));
		mvc.perform(get("/api/v1/leads").param("q", unique).header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(jsonPath("$.page.totalElements").value(1));

		mvc.perform(put("/api/v1/leads/" + id).header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isPreconditionRequired());
		mvc.perform(put("/api/v1/leads/" + id).header(HttpHeaders.AUTHORIZATION, bearer)
			.header(HttpHeaders.IF_MATCH, "\"5\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isPreconditionFailed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(put("/api/v1/leads/" + id).header(HttpHeaders.AUTHORIZATION, bearer)
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.replace("\"source\": null", "\"source\": \"REFERRAL\"")
				.replace("\"description\": null", "\"description\": \"Needs 200 seats\"")))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
			.andExpect(jsonPath("$.score.total").value(100));
	}

	@Test
	void invalidLeadsAreRefusedFieldByField() throws Exception {
		mvc.perform(post("/api/v1/leads").header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"familyName\": \"Nobody\", \"email\": \"not-an-address\", \"mobile\": \"12\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem("email")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("mobile")));
		mvc.perform(post("/api/v1/leads").header(HttpHeaders.AUTHORIZATION, bearer)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"familyName\": \"Nobody\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reachable"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("邮箱或电话号码")));
	}

	@Test
	void statusStepsNeedTheVersionAndKeepTheRules() throws Exception {
		long id = create(lead("Steps " + unique));

		step(id, "qualify", "\"0\"").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("QUALIFIED"));
		step(id, "qualify", "\"1\"").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("Qualified")));
		mvc.perform(post("/api/v1/leads/" + id + "/disqualify").header(HttpHeaders.AUTHORIZATION, bearer)
			.header(HttpHeaders.IF_MATCH, "\"1\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"NO_BUDGET\", \"note\": \"next year\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DISQUALIFIED"))
			.andExpect(jsonPath("$.disqualifyReason").value("NO_BUDGET"));
		step(id, "work", "\"2\"").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("WORKING"))
			.andExpect(jsonPath("$.disqualifyReason").doesNotExist());
		mvc.perform(get("/api/v1/leads/" + id + "/history").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(jsonPath("$[0].changes[*].field", hasItem("status")))
			.andExpect(jsonPath("$[0].changes[*].field", not(hasItem("score"))));
	}

	@Test
	void aConversionWithDuplicatesAnswers409WithTheCandidatesUntilAChoiceIsMade() throws Exception {
		long account = users.as(rep, () -> accounts.create(new SaveAccount("Dup " + unique, null)).id());
		long id = create(lead("Dup " + unique));
		step(id, "work", "\"0\"").andExpect(status().isOk());

		convert(id, "\"1\"", "{}").andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.accounts[0].id").value(account))
			.andExpect(jsonPath("$.accounts[0].sameName").value(true))
			.andExpect(jsonPath("$.contacts").isEmpty());
		mvc.perform(get("/api/v1/leads/" + id + "/conversion-candidates").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(jsonPath("$.accounts[0].id").value(account));

		convert(id, "\"1\"", "{\"accountId\": " + account + "}").andExpect(status().isOk())
			.andExpect(jsonPath("$.accountId").value(account))
			.andExpect(jsonPath("$.accountCreated").value(false))
			.andExpect(jsonPath("$.contactCreated").value(true));
		convert(id, "\"2\"", "{\"createNew\": true}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("converted already")));
		mvc.perform(get("/api/v1/leads/" + id).header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(jsonPath("$.status").value("CONVERTED"))
			.andExpect(jsonPath("$.convertedAccountId").value(account));
	}

	@Test
	void anotherTeamsRepNeitherSeesNorConvertsTheLead() throws Exception {
		long id = create(lead("Private " + unique));
		String stranger = users.create(Role.SALES_REP).bearer(users);

		mvc.perform(get("/api/v1/leads/" + id).header(HttpHeaders.AUTHORIZATION, stranger))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/leads").param("q", unique).header(HttpHeaders.AUTHORIZATION, stranger))
			.andExpect(jsonPath("$.page.totalElements").value(0));
		mvc.perform(post("/api/v1/leads/" + id + "/conversion").header(HttpHeaders.AUTHORIZATION, stranger)
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"createNew\": true}")).andExpect(status().isNotFound());
	}

	private long create(String body) throws Exception {
		String created = mvc
			.perform(post("/api/v1/leads").header(HttpHeaders.AUTHORIZATION, bearer)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(created, "$.id")).longValue();
	}

	private ResultActions step(long id, String step, String ifMatch) throws Exception {
		return mvc.perform(post("/api/v1/leads/" + id + "/" + step).header(HttpHeaders.AUTHORIZATION, bearer)
			.header(HttpHeaders.IF_MATCH, ifMatch));
	}

	private ResultActions convert(long id, String ifMatch, String body) throws Exception {
		return mvc.perform(post("/api/v1/leads/" + id + "/conversion").header(HttpHeaders.AUTHORIZATION, bearer)
			.header(HttpHeaders.IF_MATCH, ifMatch)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private String lead(String company) {
		return """
				{"familyName": "Zhou", "givenName": "%s", "companyName": "%s", "title": "CIO",
				 "email": "%s@example.com", "mobile": "139-1234-5678", "industry": "FINANCE",
				 "city": "Nowhere %s", "source": null, "description": null}""".formatted(unique, company, unique,
				unique);
	}

}
