package io.guanxi.relationship;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
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
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The org chart API: charts on past days, positions, changes, departures and their rules.
 */
@IntegrationTest
class OrgChartApiIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	TestUser rep;

	String bearer;

	String unique;

	@BeforeEach
	void signIn() {
		rep = users.create(Role.SALES_REP);
		bearer = rep.bearer(users);
		unique = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void theChartOfThreeDaysShowsAPromotionAndAMoveToAnotherCompany() throws Exception {
		long alibaba = account("阿里巴巴 " + unique);
		long tencent = account("腾讯 " + unique);
		long boss = contact("马", "总");
		long li = contact("李", "娜");
		join(alibaba, boss, "CEO", null, "ECONOMIC_BUYER", "2015-01-01").andExpect(status().isCreated());
		long engineer = id(join(alibaba, li, "Engineer", boss, "USER", "2019-03-01").andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, containsString("/api/v1/positions/")))
			.andExpect(header().string(HttpHeaders.ETAG, "\"0\"")), "$.positionId");
		long manager = id(api(post("/api/v1/positions/" + engineer + "/changes"), """
				{"kind": "PROMOTED", "on": "2021-07-01", "title": "Engineering Manager", "reportsToContactId": %d,
				 "buyingRole": "DECISION_MAKER", "note": "took over the platform team"}""".formatted(boss))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.title").value("Engineering Manager")), "$.positionId");
		api(post("/api/v1/positions/" + manager + "/departure"),
				"{\"on\": \"2023-09-01\", \"newAccountId\": %d}".formatted(tencent))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("LEFT"))
			.andExpect(jsonPath("$.newAccountName").value("腾讯 " + unique));
		join(tencent, li, "CTO", null, "CHAMPION", "2023-09-01").andExpect(status().isCreated());

		chart(alibaba, "2020-06-01").andExpect(jsonPath("$.asOf").value("2020-06-01"))
			.andExpect(jsonPath("$.people[*].title", containsInAnyOrder("CEO", "Engineer")))
			.andExpect(jsonPath("$.people[?(@.name == '李娜')].reportsToContactId").value((int) boss))
			.andExpect(jsonPath("$.people[?(@.name == '李娜')].buyingRole").value("USER"));
		chart(alibaba, "2022-06-01")
			.andExpect(jsonPath("$.people[*].title", containsInAnyOrder("CEO", "Engineering Manager")))
			.andExpect(jsonPath("$.people[?(@.name == '李娜')].buyingRole").value("DECISION_MAKER"));
		chart(alibaba, "2024-06-01").andExpect(jsonPath("$.people[*].name", containsInAnyOrder("马总")));
		chart(tencent, "2024-06-01").andExpect(jsonPath("$.people[0].title").value("CTO"));

		mvc.perform(get("/api/v1/contacts/" + li + "/career").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.positions[*].title")
				.value(org.hamcrest.Matchers.contains("Engineer", "Engineering Manager", "CTO")))
			.andExpect(jsonPath("$.changes[*].kind")
				.value(org.hamcrest.Matchers.contains("JOINED", "PROMOTED", "LEFT", "JOINED")));
		mvc.perform(get("/api/v1/accounts/" + alibaba + "/personnel-changes").param("limit", "2")
			.header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].kind").value("LEFT"))
			.andExpect(jsonPath("$[1].kind").value("PROMOTED"));
	}

	@Test
	void theChartOfTodayIsTheDefault() throws Exception {
		long account = account("Today " + unique);
		join(account, contact("周", "杰"), "Head of IT", null, null, "2020-01-01");

		mvc.perform(get("/api/v1/accounts/" + account + "/org-chart").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.asOf").value(java.time.LocalDate.now().toString()))
			.andExpect(jsonPath("$.accountName").value("Today " + unique))
			.andExpect(jsonPath("$.people[0].title").value("Head of IT"));
	}

	@Test
	void anAccountTheCallerMayNotReadIsNotFound() throws Exception {
		TestUser other = users.create(Role.SALES_REP);
		long hidden = users.as(other, () -> accounts.create(new SaveAccount("Hidden " + unique, null)).id());

		mvc.perform(get("/api/v1/accounts/" + hidden + "/org-chart").param("asOf", "2024-01-01")
			.header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		join(hidden, contact("张", "三"), "Buyer", null, null, "2024-01-01").andExpect(status().isNotFound());
	}

	@Test
	void twoTitlesInOneDepartmentAtOnceAreAConflict() throws Exception {
		long account = account("Overlap " + unique);
		long person = contact("王", "芳");
		long sales = id(api(post("/api/v1/accounts/" + account + "/departments"), "{\"name\": \"Sales\"}")
			.andExpect(status().isCreated()), "$.id");
		api(post("/api/v1/accounts/" + account + "/positions"),
				"{\"contactId\": %d, \"title\": \"Sales Director\", \"departmentId\": %d, \"from\": \"2021-01-01\"}"
					.formatted(person, sales))
			.andExpect(status().isCreated());

		api(post("/api/v1/accounts/" + account + "/positions"),
				"{\"contactId\": %d, \"title\": \"Key Account Manager\", \"departmentId\": %d, \"from\": \"2022-01-01\"}"
					.formatted(person, sales))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("Sales Director")));
	}

	@Test
	void aReportingLineInACircleIsAConflict() throws Exception {
		long account = account("Cycle " + unique);
		long a = contact("A", unique);
		long b = contact("B", unique);
		long aPosition = id(join(account, a, "CEO", null, null, "2020-01-01"), "$.positionId");
		join(account, b, "VP", a, null, "2020-01-01").andExpect(status().isCreated());

		api(post("/api/v1/positions/" + aPosition + "/changes"),
				"{\"kind\": \"ROLE_CHANGED\", \"on\": \"2021-01-01\", \"title\": \"CEO\", \"reportsToContactId\": %d}"
					.formatted(b))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("circle")));
	}

	@Test
	void aPositionWithoutATitleIsABadRequest() throws Exception {
		long account = account("No title " + unique);

		api(post("/api/v1/accounts/" + account + "/positions"),
				"{\"contactId\": %d, \"title\": \" \", \"from\": \"2021-01-01\"}".formatted(contact("赵", "磊")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("title"));
		mvc.perform(get("/api/v1/accounts/" + account + "/org-chart").param("asOf", "2022-01-01")
			.header(HttpHeaders.AUTHORIZATION, bearer)).andExpect(jsonPath("$.people.length()").value(0));
	}

	@Test
	void aRetriedJoinWithTheSameIdempotencyKeyAddsThePersonOnce() throws Exception {
		long account = account("Retry " + unique);
		String body = "{\"contactId\": %d, \"title\": \"Buyer\", \"from\": \"2022-01-01\"}"
			.formatted(contact("钱", "多"));
		String key = UUID.randomUUID().toString();

		String first = api(post("/api/v1/accounts/" + account + "/positions").header("Idempotency-Key", key), body)
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		api(post("/api/v1/accounts/" + account + "/positions").header("Idempotency-Key", key), body)
			.andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andExpect(content().json(first));
		chart(account, "2023-01-01").andExpect(jsonPath("$.people.length()").value(1));
	}

	@Test
	void aPositionHasAnETagAndAChangeBasedOnAnOldOneIsRefused() throws Exception {
		long account = account("ETag " + unique);
		long position = id(join(account, contact("孙", "丽"), "Buyer", null, null, "2020-01-01"), "$.positionId");

		mvc.perform(get("/api/v1/positions/" + position).header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
			.andExpect(jsonPath("$.validTo").value(nullValue()));
		api(post("/api/v1/positions/" + position + "/departure").header(HttpHeaders.IF_MATCH, "\"3\""),
				"{\"on\": \"2022-01-01\", \"newCompanyName\": \"Startup\"}")
			.andExpect(status().isPreconditionFailed());
		api(post("/api/v1/positions/" + position + "/departure").header(HttpHeaders.IF_MATCH, "\"0\""),
				"{\"on\": \"2022-01-01\", \"newCompanyName\": \"Startup\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.newCompanyName").value("Startup"));
		mvc.perform(get("/api/v1/positions/" + position).header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(jsonPath("$.validTo").value("2022-01-01"));
	}

	@Test
	void departmentsAreRenamedWithIfMatchAndOnlyEmptyOnesAreDeleted() throws Exception {
		long account = account("Departments " + unique);
		long it = id(api(post("/api/v1/accounts/" + account + "/departments"), "{\"name\": \"IT\"}"), "$.id");
		long ops = id(api(post("/api/v1/accounts/" + account + "/departments"),
				"{\"name\": \"Ops\", \"parentId\": %d}".formatted(it)), "$.id");

		api(put("/api/v1/departments/" + it), "{\"name\": \"信息中心\"}").andExpect(status().isPreconditionRequired());
		api(put("/api/v1/departments/" + it).header(HttpHeaders.IF_MATCH, "\"0\""), "{\"name\": \"信息中心\"}")
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ETAG, "\"1\""));
		api(put("/api/v1/departments/" + it).header(HttpHeaders.IF_MATCH, "\"0\""), "{\"name\": \"IT again\"}")
			.andExpect(status().isPreconditionFailed());
		mvc.perform(delete("/api/v1/departments/" + it).header(HttpHeaders.AUTHORIZATION, bearer)
			.header(HttpHeaders.IF_MATCH, "\"1\"")).andExpect(status().isConflict());
		mvc.perform(delete("/api/v1/departments/" + ops).header(HttpHeaders.AUTHORIZATION, bearer)
			.header(HttpHeaders.IF_MATCH, "\"0\"")).andExpect(status().isNoContent());

		mvc.perform(get("/api/v1/accounts/" + account + "/departments").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(jsonPath("$[*].name", containsInAnyOrder("信息中心")));
	}

	private ResultActions chart(long account, String day) throws Exception {
		return mvc
			.perform(get("/api/v1/accounts/" + account + "/org-chart").param("asOf", day)
				.header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
	}

	private ResultActions join(long account, long contact, String title, Long reportsTo, String role, String from)
			throws Exception {
		String body = "{\"contactId\": %d, \"title\": \"%s\", \"reportsToContactId\": %s, \"buyingRole\": %s, \"from\": \"%s\"}"
			.formatted(contact, title, reportsTo, role == null ? "null" : "\"" + role + "\"", from);
		return api(post("/api/v1/accounts/" + account + "/positions"), body);
	}

	private ResultActions api(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String body) throws Exception {
		return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private static long id(ResultActions result, String path) throws Exception {
		return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), path)).longValue();
	}

	private long account(String name) {
		return users.as(rep, () -> accounts.create(new SaveAccount(name, null)).id());
	}

	private long contact(String family, String given) {
		return users.as(rep, () -> contacts.create(SaveContact.named(family, given)).id());
	}

}
