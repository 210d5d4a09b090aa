package io.guanxi.customer;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.platform.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AccountApiIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AccountService accounts;

	TestUser rep;

	String bearer;

	@BeforeEach
	void signIn() {
		rep = users.create(Role.SALES_REP);
		bearer = rep.bearer(users);
	}

	@Test
	void createsAnAccountWithLocationAndETag() throws Exception {
		mvc.perform(post("/api/v1/accounts").header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"华为技术有限公司\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, org.hamcrest.Matchers.startsWith("/api/v1/accounts/")))
			.andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
			.andExpect(jsonPath("$.name").value("华为技术有限公司"))
			.andExpect(jsonPath("$.ownerId").value(rep.id()));
	}

	@Test
	void createsAnAccountWithTheWholeProfile() throws Exception {
		mvc.perform(post("/api/v1/accounts").header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "华为技术有限公司", "legalName": "华为技术有限公司", "industry": "TELECOM", "sizeBand": "ENTERPRISE",
					 "country": "CN", "region": "广东省", "city": "深圳市", "phone": "0755-2878 0808",
					 "email": "Info@Huawei.COM", "website": "www.huawei.com", "tier": "A", "lifecycleStage": "LOYAL",
					 "source": "EXHIBITION", "notes": "Key account"}
					"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.phoneE164").value("+8675528780808"))
			.andExpect(jsonPath("$.email").value("info@huawei.com"))
			.andExpect(jsonPath("$.kind").value("COMPANY"))
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.tier").value("A"))
			.andExpect(jsonPath("$.city").value("深圳市"));
	}

	@Test
	void nationalNumbersAreReadInTheAccountsCountry() throws Exception {
		mvc.perform(post("/api/v1/accounts").header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Google LLC\", \"country\": \"US\", \"phone\": \"(650) 253-0000\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.phoneE164").value("+16502530000"));
	}

	@Test
	void badPhoneWebsiteAndCountryAreEachReportedOnTheirField() throws Exception {
		mvc.perform(post("/api/v1/accounts").header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Bad fields", "phone": "12345", "website": "javascript:alert(1)", "country": "China",
					 "email": "not-an-email"}
					"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field",
					org.hamcrest.Matchers.containsInAnyOrder("phone", "website", "country", "email")));
	}

	@Test
	void invalidAccountListsEachBadField() throws Exception {
		mvc.perform(post("/api/v1/accounts").header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \" \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].message").isNotEmpty());
	}

	@Test
	void malformedJsonIsAProblem() throws Exception {
		mvc.perform(post("/api/v1/accounts").header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void updateWithoutIfMatchIsRefused() throws Exception {
		long id = create("Needs If-Match");
		mvc.perform(put("/api/v1/accounts/" + id).header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Changed\"}"))
			.andExpect(status().isPreconditionRequired())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(nameOf(id)).isEqualTo("Needs If-Match");
	}

	@Test
	void staleIfMatchIsRefusedAndLeavesTheRecordAlone() throws Exception {
		long id = create("Original");
		mvc.perform(put("/api/v1/accounts/" + id).header(HttpHeaders.AUTHORIZATION, bearer)
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"First change\"}"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ETAG, "\"1\""));

		mvc.perform(put("/api/v1/accounts/" + id).header(HttpHeaders.AUTHORIZATION, bearer)
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Lost update\"}"))
			.andExpect(status().isPreconditionFailed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

		assertThat(nameOf(id)).isEqualTo("First change");
	}

	@Test
	void deleteNeedsTheCurrentVersion() throws Exception {
		long id = create("To delete");
		mvc.perform(delete("/api/v1/accounts/" + id).header(HttpHeaders.AUTHORIZATION, bearer)
			.header(HttpHeaders.IF_MATCH, "\"7\"")).andExpect(status().isPreconditionFailed());
		mvc.perform(delete("/api/v1/accounts/" + id).header(HttpHeaders.AUTHORIZATION, bearer)
			.header(HttpHeaders.IF_MATCH, "\"0\"")).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/accounts/" + id).header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isNotFound());
	}

	@Test
	void replayedIdempotencyKeyDoesNotCreateASecondRecord() throws Exception {
		String name = "Idempotent " + UUID.randomUUID();
		String key = UUID.randomUUID().toString();
		MvcResult first = createWithKey(name, key).andExpect(status().isCreated()).andReturn();
		MvcResult replay = createWithKey(name, key).andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andReturn();

		assertThat(replay.getResponse().getHeader(HttpHeaders.LOCATION))
			.isEqualTo(first.getResponse().getHeader(HttpHeaders.LOCATION));
		assertThat(replay.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
		mvc.perform(get("/api/v1/accounts").param("q", name).header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(jsonPath("$.page.totalElements").value(1));
	}

	@Test
	void idempotencyKeyReusedForAnotherRequestIsRefused() throws Exception {
		String key = UUID.randomUUID().toString();
		createWithKey("One " + key, key).andExpect(status().isCreated());
		createWithKey("Another " + key, key).andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void idempotencyKeysBelongToTheirUser() throws Exception {
		String key = UUID.randomUUID().toString();
		String name = "Shared key " + key;
		createWithKey(name, key).andExpect(status().isCreated());
		String other = users.create(Role.SALES_REP).bearer(users);
		mvc.perform(post("/api/v1/accounts").header(HttpHeaders.AUTHORIZATION, other)
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"" + name + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().doesNotExist("Idempotent-Replayed"));
	}

	@Test
	void listIsPagedWithTotals() throws Exception {
		String prefix = "Paged " + UUID.randomUUID();
		for (int i = 0; i < 3; i++) {
			create(prefix + " " + i);
		}
		mvc.perform(get("/api/v1/accounts").param("q", prefix)
			.param("size", "2")
			.param("sort", "name,desc")
			.header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(2))
			.andExpect(jsonPath("$.content[0].name").value(prefix + " 2"))
			.andExpect(jsonPath("$.page.totalElements").value(3))
			.andExpect(jsonPath("$.page.totalPages").value(2));
	}

	private org.springframework.test.web.servlet.ResultActions createWithKey(String name, String key) throws Exception {
		return mvc.perform(post("/api/v1/accounts").header(HttpHeaders.AUTHORIZATION, bearer)
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"" + name + "\"}"));
	}

	private long create(String name) throws Exception {
		String body = mvc
			.perform(post("/api/v1/accounts").header(HttpHeaders.AUTHORIZATION, bearer)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"" + name + "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private String nameOf(long id) {
		return users.as(rep, () -> accounts.get(id).name());
	}

}
