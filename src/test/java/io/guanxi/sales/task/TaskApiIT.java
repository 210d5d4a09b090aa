package io.guanxi.sales.task;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.jayway.jsonpath.JsonPath;
import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.platform.Role;
import io.guanxi.sales.Deals;
import io.guanxi.sales.Opportunities;
import io.guanxi.sales.OpportunityView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** /api/v1/tasks: create, read, change with the ETag, tick off, filter, delete. */
@IntegrationTest
class TaskApiIT {

	static final Instant DUE = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);

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

	String bearer;

	OpportunityView deal;

	@BeforeEach
	void aRepWithADeal() {
		deals = new Deals(users, accounts, opportunities);
		rep = users.create(Role.SALES_REP, users.create(Role.SALES_MANAGER));
		bearer = rep.bearer(users);
		deal = deals.open(rep, "ERP");
	}

	@Test
	void aTaskIsCreatedChangedWithItsETagTickedOffAndDeleted() throws Exception {
		String created = mvc
			.perform(post("/api/v1/tasks").header(HttpHeaders.AUTHORIZATION, bearer)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\": \"Send the quote\", \"dueAt\": \"" + DUE + "\", \"remindAt\": \""
						+ DUE.minus(Duration.ofHours(2)) + "\", \"priority\": \"HIGH\", \"opportunityId\": " + deal.id()
						+ "}"))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
			.andExpect(jsonPath("$.accountId").value(deal.accountId()))
			.andExpect(jsonPath("$.assigneeId").value(rep.id()))
			.andExpect(jsonPath("$.priority").value("HIGH"))
			.andExpect(jsonPath("$.overdue").value(false))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		String path = "/api/v1/tasks/" + id;
		String change = "{\"title\": \"Send the final quote\", \"dueAt\": \"" + DUE + "\", \"opportunityId\": "
				+ deal.id() + "}";

		mvc.perform(put(path).header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content(change)).andExpect(status().isPreconditionRequired());
		mvc.perform(put(path).header(HttpHeaders.AUTHORIZATION, bearer)
			.header(HttpHeaders.IF_MATCH, "\"5\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(change)).andExpect(status().isPreconditionFailed());
		mvc.perform(put(path).header(HttpHeaders.AUTHORIZATION, bearer)
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(change))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
			.andExpect(jsonPath("$.title").value("Send the final quote"))
			.andExpect(jsonPath("$.remindAt").doesNotExist());
		mvc.perform(put(path + "/done").header(HttpHeaders.AUTHORIZATION, bearer)
			.header(HttpHeaders.IF_MATCH, "\"1\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"done\": true}"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ETAG, "\"2\""))
			.andExpect(jsonPath("$.done").value(true));
		mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(header().string(HttpHeaders.ETAG, "\"2\""))
			.andExpect(jsonPath("$.doneAt").isNotEmpty());
		mvc.perform(delete(path).header(HttpHeaders.AUTHORIZATION, bearer).header(HttpHeaders.IF_MATCH, "\"2\""))
			.andExpect(status().isNoContent());
		mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, bearer)).andExpect(status().isNotFound());
	}

	@Test
	void listsFilterByDealStateAndDueTime() throws Exception {
		long open = create("{\"title\": \"Open\", \"dueAt\": \"" + DUE + "\", \"opportunityId\": " + deal.id() + "}");
		long later = create("{\"title\": \"Later\", \"dueAt\": \"" + DUE.plus(Duration.ofDays(30)) + "\"}");
		long done = create("{\"title\": \"Done\", \"dueAt\": \"" + DUE + "\", \"opportunityId\": " + deal.id() + "}");
		mvc.perform(put("/api/v1/tasks/" + done + "/done").header(HttpHeaders.AUTHORIZATION, bearer)
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"done\": true}")).andExpect(status().isOk());

		mvc.perform(get("/api/v1/tasks").param("opportunityId", String.valueOf(deal.id()))
			.param("done", "false")
			.header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(jsonPath("$.content", hasSize(1)))
			.andExpect(jsonPath("$.content[0].id").value(open))
			.andExpect(jsonPath("$.page.totalElements").value(1));
		mvc.perform(get("/api/v1/tasks").param("assigneeId", String.valueOf(rep.id()))
			.param("dueFrom", DUE.plus(Duration.ofDays(1)).toString())
			.header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(jsonPath("$.content", hasSize(1)))
			.andExpect(jsonPath("$.content[0].id").value(later));
		mvc.perform(get("/api/v1/tasks").param("size", "2").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(jsonPath("$.content", hasSize(2)))
			.andExpect(jsonPath("$.page.totalElements").value(3));

		TestUser stranger = users.create(Role.SALES_REP);
		mvc.perform(get("/api/v1/tasks").header(HttpHeaders.AUTHORIZATION, stranger.bearer(users)))
			.andExpect(jsonPath("$.page.totalElements").value(0));
		mvc.perform(get("/api/v1/tasks").param("opportunityId", String.valueOf(deal.id()))
			.header(HttpHeaders.AUTHORIZATION, stranger.bearer(users))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/tasks/" + open).header(HttpHeaders.AUTHORIZATION, stranger.bearer(users)))
			.andExpect(status().isNotFound());
	}

	@Test
	void badTasksAreProblems() throws Exception {
		mvc.perform(post("/api/v1/tasks").header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"\", \"dueAt\": \"" + DUE + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("title"))
			.andExpect(jsonPath("$.errors[0].message").value("Say what is to be done."));
		mvc.perform(
				post("/api/v1/tasks").header(HttpHeaders.AUTHORIZATION, bearer)
					.header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"title\": \"Call\", \"dueAt\": \"" + DUE + "\", \"remindAt\": \"" + DUE.plusSeconds(60)
							+ "\"}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("提醒时间不能晚于截止时间。"));
		TestUser stranger = users.create(Role.SALES_REP);
		mvc.perform(post("/api/v1/tasks").header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Demo\", \"dueAt\": \"" + DUE + "\", \"assigneeId\": " + stranger.id()
					+ ", \"opportunityId\": " + deal.id() + "}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("Test " + stranger.username()
					+ " may not see what this task is for: add them to the deal team first, or keep the task yourself."));
	}

	private long create(String body) throws Exception {
		String created = mvc
			.perform(post("/api/v1/tasks").header(HttpHeaders.AUTHORIZATION, bearer)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(created, "$.id")).longValue();
	}

}
