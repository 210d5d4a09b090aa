package io.guanxi.customer;

import java.util.Locale;
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
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ContactApiIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AccountService accounts;

	TestUser manager;

	TestUser rep;

	TestUser otherRep;

	String bearer;

	@BeforeEach
	void organisation() {
		manager = users.create(Role.SALES_MANAGER);
		rep = users.create(Role.SALES_REP, manager);
		otherRep = users.create(Role.SALES_REP);
		bearer = rep.bearer(users);
	}

	@Test
	void createsReadsUpdatesAndDeletesWithETags() throws Exception {
		String location = create(bearer, "{\"familyName\": \"王\", \"givenName\": \"芳\", \"jobTitle\": \"采购总监\"}")
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, startsWith("/api/v1/contacts/")))
			.andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
			.andExpect(jsonPath("$.fullName").value("王芳"))
			.andExpect(jsonPath("$.ownerId").value(rep.id()))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.LOCATION);

		mvc.perform(get(location).header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
			.andExpect(jsonPath("$.jobTitle").value("采购总监"));

		String change = "{\"familyName\": \"王\", \"givenName\": \"芳芳\", \"jobTitle\": \"副总裁\"}";
		mvc.perform(put(location).header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content(change))
			.andExpect(status().isPreconditionRequired())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(put(location).header(HttpHeaders.AUTHORIZATION, bearer)
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(change))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
			.andExpect(jsonPath("$.fullName").value("王芳芳"));
		mvc.perform(put(location).header(HttpHeaders.AUTHORIZATION, bearer)
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"givenName\": \"Lost update\"}"))
			.andExpect(status().isPreconditionFailed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get(location).header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(jsonPath("$.fullName").value("王芳芳"));

		mvc.perform(delete(location).header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isPreconditionRequired());
		mvc.perform(delete(location).header(HttpHeaders.AUTHORIZATION, bearer).header(HttpHeaders.IF_MATCH, "\"0\""))
			.andExpect(status().isPreconditionFailed());
		mvc.perform(delete(location).header(HttpHeaders.AUTHORIZATION, bearer).header(HttpHeaders.IF_MATCH, "\"1\""))
			.andExpect(status().isNoContent());
		mvc.perform(get(location).header(HttpHeaders.AUTHORIZATION, bearer)).andExpect(status().isNotFound());
	}

	@Test
	void anInvalidPhoneIsAValidationProblemNamingTheField() throws Exception {
		create(bearer, "{\"givenName\": \"Bad Phone\", \"mobile\": \"12345\", \"phone\": \"138 0013 8000\"}")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].field").value("mobile"))
			.andExpect(jsonPath("$.errors[0].message", containsString("not a valid phone number")));
		mvc.perform(post("/api/v1/contacts").header(HttpHeaders.AUTHORIZATION, bearer)
			.locale(Locale.SIMPLIFIED_CHINESE)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"givenName\": \"Bad Phone\", \"phone\": \"+1 555\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("phone"))
			.andExpect(jsonPath("$.errors[0].message", containsString("不是此国家/地区的有效电话号码")));
	}

	@Test
	void otherInvalidFieldsAreListedToo() throws Exception {
		create(bearer, "{\"email\": \"not-an-address\", \"birthday\": \"2999-01-01\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("email")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("birthday")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("named")));
	}

	@Test
	void phonesAreNormalisedToE164WhateverTheirFormat() throws Exception {
		create(bearer, "{\"givenName\": \"Spaces\", \"mobile\": \"138 0013 8000\"}").andExpect(status().isCreated())
			.andExpect(jsonPath("$.mobile").value("138 0013 8000"))
			.andExpect(jsonPath("$.mobileE164").value("+8613800138000"));
		create(bearer, "{\"givenName\": \"Dashes\", \"mobile\": \"+86 138-0013-8000\", \"phone\": \"(010) 8888 1234\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.mobile").value("+86 138-0013-8000"))
			.andExpect(jsonPath("$.mobileE164").value("+8613800138000"))
			.andExpect(jsonPath("$.phoneE164").value("+861088881234"));
		create(bearer, "{\"givenName\": \"Abroad\", \"mobile\": \"+49 30 1234567\"}").andExpect(status().isCreated())
			.andExpect(jsonPath("$.mobileE164").value("+49301234567"));
	}

	@Test
	void theFullNameFollowsChineseOrWesternOrder() throws Exception {
		create(bearer, "{\"familyName\": \"张\", \"givenName\": \"伟\"}").andExpect(jsonPath("$.fullName").value("张伟"));
		create(bearer, "{\"familyName\": \"Chen\", \"givenName\": \"Emily\", \"alternateName\": \"陈爱米\"}")
			.andExpect(jsonPath("$.fullName").value("Emily Chen"))
			.andExpect(jsonPath("$.alternateName").value("陈爱米"));
		create(bearer, "{\"familyName\": \" 欧阳 \", \"givenName\": \"娜娜\"}")
			.andExpect(jsonPath("$.fullName").value("欧阳娜娜"))
			.andExpect(jsonPath("$.familyName").value("欧阳"));
		create(bearer, "{\"givenName\": \"Madonna\"}").andExpect(jsonPath("$.fullName").value("Madonna"));
		create(bearer, "{\"familyName\": \"李\"}").andExpect(jsonPath("$.fullName").value("李"));
	}

	@Test
	void emailIsStoredTrimmedAndLowerCased() throws Exception {
		create(bearer, "{\"givenName\": \"Mail\", \"email\": \"  Emily.Chen@Example.COM \"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.email").value("emily.chen@example.com"));
	}

	@Test
	void aRepCannotSeeAnotherRepsContactButTheirManagerCan() throws Exception {
		String tag = UUID.randomUUID().toString();
		long id = idOf(create(bearer, "{\"familyName\": \"Hidden\", \"givenName\": \"" + tag + "\"}"));

		mvc.perform(get("/api/v1/contacts/" + id).header(HttpHeaders.AUTHORIZATION, otherRep.bearer(users)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/contacts").param("q", tag).header(HttpHeaders.AUTHORIZATION, otherRep.bearer(users)))
			.andExpect(jsonPath("$.page.totalElements").value(0));
		mvc.perform(put("/api/v1/contacts/" + id).header(HttpHeaders.AUTHORIZATION, otherRep.bearer(users))
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"givenName\": \"Hijacked\"}")).andExpect(status().isNotFound());

		mvc.perform(get("/api/v1/contacts/" + id).header(HttpHeaders.AUTHORIZATION, manager.bearer(users)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ownerId").value(rep.id()));
		mvc.perform(get("/api/v1/contacts").param("q", tag).header(HttpHeaders.AUTHORIZATION, manager.bearer(users)))
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].fullName").value(tag + " Hidden"));
	}

	@Test
	void aContactCannotBeGivenToSomeoneOutsideTheCallersScope() throws Exception {
		create(bearer, "{\"givenName\": \"Gift\", \"ownerId\": " + otherRep.id() + "}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("only give contacts")));
	}

	@Test
	void linksAndUnlinksAContactToAVisibleAccount() throws Exception {
		long account = users.as(rep, () -> accounts.create(new SaveAccount("联想集团 " + UUID.randomUUID(), null)).id());
		long contact = idOf(create(bearer, "{\"familyName\": \"杨\", \"givenName\": \"洋\", \"jobTitle\": \"工程师\"}"));
		long second = idOf(create(bearer, "{\"familyName\": \"Lee\", \"givenName\": \"Anna\", \"jobTitle\": \"CTO\"}"));
		String path = "/api/v1/accounts/" + account + "/contacts/";

		mvc.perform(put(path + contact).header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"jobTitle\": \"采购总监\", \"primary\": true}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.accountId").value(account))
			.andExpect(jsonPath("$.jobTitle").value("采购总监"))
			.andExpect(jsonPath("$.primary").value(true));
		mvc.perform(put(path + second).header(HttpHeaders.AUTHORIZATION, bearer)).andExpect(status().isOk());

		mvc.perform(get("/api/v1/accounts/" + account + "/contacts").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].contactId").value(contact))
			.andExpect(jsonPath("$[0].fullName").value("杨洋"))
			.andExpect(jsonPath("$[0].primary").value(true))
			.andExpect(jsonPath("$[1].jobTitle").value("CTO"))
			.andExpect(jsonPath("$[1].primary").value(false));
		mvc.perform(get("/api/v1/contacts/" + contact).header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(jsonPath("$.accounts[0].accountId").value(account))
			.andExpect(jsonPath("$.accounts[0].accountName", startsWith("联想集团")))
			.andExpect(jsonPath("$.accounts[0].jobTitle").value("采购总监"));

		// Making the second one primary leaves one primary contact at the account.
		mvc.perform(put(path + second).header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"primary\": true}")).andExpect(status().isOk());
		mvc.perform(get("/api/v1/accounts/" + account + "/contacts").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(jsonPath("$[0].contactId").value(second))
			.andExpect(jsonPath("$[0].primary").value(true))
			.andExpect(jsonPath("$[1].contactId").value(contact))
			.andExpect(jsonPath("$[1].primary").value(false));

		mvc.perform(delete(path + contact).header(HttpHeaders.AUTHORIZATION, bearer)).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/accounts/" + account + "/contacts").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].contactId").value(second));
		mvc.perform(get("/api/v1/contacts/" + contact).header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.accounts.length()").value(0));
	}

	@Test
	void linkingNeedsAnAccountTheCallerCanSeeAndAContactTheyCanChange() throws Exception {
		long othersAccount = users.as(otherRep,
				() -> accounts.create(new SaveAccount("Not yours " + UUID.randomUUID(), null)).id());
		long myAccount = users.as(rep, () -> accounts.create(new SaveAccount("Mine " + UUID.randomUUID(), null)).id());
		long contact = idOf(create(bearer, "{\"givenName\": \"Linker\"}"));
		long othersContact = idOf(create(otherRep.bearer(users), "{\"givenName\": \"Theirs\"}"));

		mvc.perform(put("/api/v1/accounts/" + othersAccount + "/contacts/" + contact).header(HttpHeaders.AUTHORIZATION,
				bearer))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/accounts/" + othersAccount + "/contacts").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/accounts/" + othersAccount + "/contacts/" + contact)
			.header(HttpHeaders.AUTHORIZATION, bearer)).andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/accounts/" + myAccount + "/contacts/" + othersContact)
			.header(HttpHeaders.AUTHORIZATION, bearer)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/accounts/" + myAccount + "/contacts").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(jsonPath("$.length()").value(0));
	}

	private ResultActions create(String bearer, String json) throws Exception {
		return mvc.perform(post("/api/v1/contacts").header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private long idOf(ResultActions created) throws Exception {
		String body = created.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

}
