package io.guanxi.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.customer.AccountService;
import io.guanxi.sales.SalesFixtures.Catalogue;
import io.guanxi.sales.SalesFixtures.Team;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The sales API: quotes through approval to an order, ETags, and problem+json errors. */
@IntegrationTest
class SalesApiIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	Products products;

	@Autowired
	PriceBooks priceBooks;

	@Autowired
	AccountService accounts;

	Catalogue catalogue;

	Team team;

	long account;

	String rep;

	String director;

	@BeforeEach
	void setUp() {
		SalesFixtures fixtures = new SalesFixtures(users, products, priceBooks, accounts);
		catalogue = fixtures.catalogue("CNY", "SVC", "800");
		team = fixtures.team();
		account = fixtures.account(team.rep(), "中国平安");
		rep = team.rep().bearer(users);
		director = team.director().bearer(users);
	}

	@Test
	void aQuoteGoesThroughApprovalToAnOrderWithETagsAtEachStep() throws Exception {
		String created = send(post("/api/v1/accounts/" + account + "/quotes"), rep, null, quoteBody("25"))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
			.andExpect(header().string(HttpHeaders.LOCATION, containsString("/api/v1/quotes/")))
			.andExpect(jsonPath("$.total").value(1200.0))
			.andExpect(jsonPath("$.needsApproval").value(true))
			.andExpect(jsonPath("$.lines[0].netPrice").value(600.0))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();

		send(post("/api/v1/quotes/" + id + "/submit"), rep, "\"1\"", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PENDING_APPROVAL"))
			.andExpect(header().string(HttpHeaders.ETAG, "\"2\""));
		send(post("/api/v1/quotes/" + id + "/send"), rep, "\"2\"", null).andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("is not approved")));
		send(post("/api/v1/quotes/" + id + "/approve"), rep, "\"2\"", null).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/quotes/awaiting-approval").header(HttpHeaders.AUTHORIZATION, director))
			.andExpect(jsonPath("$.content[*].id", hasItem((int) id)));
		send(post("/api/v1/quotes/" + id + "/approve"), director, "\"2\"", "{\"note\": \"fine\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.decisionNote").value("fine"));
		send(post("/api/v1/quotes/" + id + "/send"), rep, "\"3\"", null).andExpect(status().isOk());
		send(post("/api/v1/quotes/" + id + "/accept"), rep, "\"4\"", null).andExpect(status().isOk());
		send(post("/api/v1/quotes/" + id + "/order"), rep, null, null).andExpect(status().isCreated())
			.andExpect(jsonPath("$.total").value(1200.0))
			.andExpect(jsonPath("$.quoteId").value(id));
		mvc.perform(get("/api/v1/accounts/" + account + "/purchase-history").header(HttpHeaders.AUTHORIZATION, rep))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.orderCount").value(1))
			.andExpect(jsonPath("$.totals[0].currency").value("CNY"))
			.andExpect(jsonPath("$.totals[0].amount").value(1200.0));
	}

	@Test
	void badInputIsAProblemThatNamesTheFields() throws Exception {
		send(post("/api/v1/accounts/" + account + "/quotes"), rep, null,
				"{\"title\": \"\", \"lines\": [{\"productId\": " + catalogue.product(0)
						+ ", \"quantity\": 0, \"discountPercent\": 120}]}")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem("title")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("lines[0].quantity")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("lines[0].discountPercent")));
		send(post("/api/v1/accounts/" + account + "/quotes"), rep, null,
				"{\"title\": \"x\", \"lines\": [{\"productId\": " + catalogue.product(0)
						+ ", \"quantity\": 1, \"discountPercent\": 0}], \"priceBookId\": 999999999}")
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		send(post("/api/v1/accounts/" + account + "/contracts"), rep, null,
				"{\"title\": \"x\", \"startDate\": \"2026-01-01\", \"value\": -5, \"currency\": \"cny\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("value")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("currency")));
	}

	@Test
	void aStaleIfMatchIsRefusedWith412AndAMissingOneWith428() throws Exception {
		String created = send(post("/api/v1/accounts/" + account + "/quotes"), rep, null, quoteBody("0")).andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();

		send(put("/api/v1/quotes/" + id), rep, "\"0\"", quoteBody("5")).andExpect(status().isPreconditionFailed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		send(put("/api/v1/quotes/" + id), rep, null, quoteBody("5")).andExpect(status().isPreconditionRequired());
		send(put("/api/v1/quotes/" + id), rep, "\"1\"", quoteBody("5")).andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ETAG, "\"2\""))
			.andExpect(jsonPath("$.lines[0].discountPercent").value(5.0));
		send(delete("/api/v1/quotes/" + id), rep, "\"1\"", null).andExpect(status().isPreconditionFailed());
		send(delete("/api/v1/quotes/" + id), rep, "\"2\"", null).andExpect(status().isNoContent());
	}

	@Test
	void onlyAdministratorsChangeTheCatalogueAndARepOfAnotherTeamSeesNoQuote() throws Exception {
		String body = "{\"code\": \"NEW-" + System.nanoTime()
				+ "\", \"name\": \"x\", \"unit\": \"piece\", \"active\": true}";
		send(post("/api/v1/products"), rep, null, body).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		send(post("/api/v1/products"), catalogue.admin().bearer(users), null, body).andExpect(status().isCreated());
		mvc.perform(
				get("/api/v1/price-books/" + catalogue.book().id() + "/prices").header(HttpHeaders.AUTHORIZATION, rep))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].unitPrice").value(800.0));

		String created = send(post("/api/v1/accounts/" + account + "/quotes"), rep, null, quoteBody("0")).andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		mvc.perform(get("/api/v1/quotes/" + id).header(HttpHeaders.AUTHORIZATION, team.otherTeam().bearer(users)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	private String quoteBody(String discount) {
		return "{\"title\": \"年度服务\", \"priceBookId\": " + catalogue.book().id() + ", \"validUntil\": \""
				+ LocalDate.now().plusDays(5) + "\", \"lines\": [{\"productId\": " + catalogue.product(0)
				+ ", \"quantity\": 2, \"discountPercent\": " + new BigDecimal(discount) + "}]}";
	}

	private ResultActions send(MockHttpServletRequestBuilder request, String bearer, String ifMatch, String body)
			throws Exception {
		request.header(HttpHeaders.AUTHORIZATION, bearer);
		if (ifMatch != null) {
			request.header(HttpHeaders.IF_MATCH, ifMatch);
		}
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return mvc.perform(request);
	}

}
