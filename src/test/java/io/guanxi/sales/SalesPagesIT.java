package io.guanxi.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.customer.AccountService;
import io.guanxi.sales.SalesFixtures.Catalogue;
import io.guanxi.sales.SalesFixtures.Team;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sales pages: the account's quotes and purchase history, the quote page and its
 * print version, the forms' validation, and the catalogue's admin pages.
 */
@IntegrationTest
class SalesPagesIT {

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

	@Autowired
	Quotes quotes;

	@Autowired
	Orders orders;

	@Autowired
	Opportunities opportunities;

	Catalogue catalogue;

	Team team;

	long account;

	@BeforeEach
	void setUp() {
		SalesFixtures fixtures = new SalesFixtures(users, products, priceBooks, accounts);
		catalogue = fixtures.catalogue("CNY", "BOX", "1999.5");
		team = fixtures.team();
		account = fixtures.account(team.rep(), "海康威视");
	}

	@Test
	void theAccountPageShowsThePurchaseHistory() throws Exception {
		users.as(team.rep(), () -> {
			orders.create(account, new SaveOrder(null, null, catalogue.book().id(), LocalDate.of(2026, 3, 1), null,
					null, List.of(new SaveOrderLine(catalogue.product(0), new BigDecimal("2"), null))));
			return orders.create(account,
					new SaveOrder(null, null, catalogue.book().id(), LocalDate.of(2026, 6, 30), null, null,
							List.of(new SaveOrderLine(catalogue.product(0), BigDecimal.ONE, new BigDecimal("500")))));
		});

		mvc.perform(get("/accounts/" + account).with(users.session(team.rep())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-testid=\"purchase-history\""),
					containsString("Purchase history"), containsString("CNY 4,499.00"),
					containsString("data-testid=\"history-count\">2<"), containsString("2026-06-30"),
					containsString("data-testid=\"account-quotes\""), containsString("New quote"))));
		mvc.perform(get("/accounts/" + account).with(users.session(team.rep()))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
			.andExpect(content().string(allOf(containsString("购买记录"), containsString("累计购买"))));
	}

	@Test
	void aQuoteIsCreatedOnItsFormFilledOnItsPageAndPrinted() throws Exception {
		mvc.perform(post("/accounts/" + account + "/quotes").with(users.session(team.rep()))
			.with(csrf())
			.param("title", "")
			.param("priceBookId", String.valueOf(catalogue.book().id()))
			.param("validUntil", LocalDate.now().plusDays(3).toString())
			.param("discountPercent", "120"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Enter a title."), containsString("A discount is between 0 and 100 %."))));
		String location = mvc
			.perform(post("/accounts/" + account + "/quotes").with(users.session(team.rep()))
				.with(csrf())
				.param("title", "机房改造")
				.param("priceBookId", String.valueOf(catalogue.book().id()))
				.param("validUntil", LocalDate.now().plusDays(3).toString())
				.param("discountPercent", "0"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring("/quotes/".length()));

		mvc.perform(post("/quotes/" + id + "/lines").with(users.session(team.rep()))
			.with(csrf())
			.param("version", "1")
			.param("productId", String.valueOf(catalogue.product(0)))
			.param("quantity", "3")
			.param("discountPercent", "20")).andExpect(redirectedUrl("/quotes/" + id + "#lines"));
		mvc.perform(get("/quotes/" + id).with(users.session(team.rep())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("CNY 4,798.80"), containsString("Submit for approval"),
					containsString("A discount of 20 % is above 15 %"),
					not(containsString("data-testid=\"approve\"")))));
		mvc.perform(get("/quotes/" + id + "/print").with(users.session(team.rep())))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Quotation"), containsString("机房改造"), containsString("CNY 4,798.80"),
						containsString("data-testid=\"not-approved\""), containsString("/css/quote-print.css"))));
		mvc.perform(get("/quotes/" + id).with(users.session(team.otherTeam()))).andExpect(status().isNotFound());
	}

	@Test
	void theDirectorApprovesOnTheQuotePageAndAStaleButtonSaysSo() throws Exception {
		QuoteView quote = users.as(team.rep(),
				() -> quotes.create(account, null,
						new QuoteTerms("扩容", catalogue.book().id(), LocalDate.now().plusDays(3), BigDecimal.ZERO, null),
						List.of(new SaveQuoteLine(catalogue.product(0), BigDecimal.ONE, new BigDecimal("30")))));
		mvc.perform(post("/quotes/" + quote.id() + "/submit").with(users.session(team.rep()))
			.with(csrf())
			.param("version", String.valueOf(quote.version())))
			.andExpect(flash().attribute("done", "sales.quote.submitted"));
		mvc.perform(get("/quotes").with(users.session(team.director())))
			.andExpect(content()
				.string(allOf(containsString("Waiting for your approval"), containsString(quote.number()))));
		mvc.perform(get("/quotes/" + quote.id()).with(users.session(team.director())))
			.andExpect(content().string(containsString("data-testid=\"approve\"")));

		mvc.perform(post("/quotes/" + quote.id() + "/approve").with(users.session(team.director()))
			.with(csrf())
			.param("version", String.valueOf(quote.version()))).andExpect(flash().attributeExists("refused"));
		mvc.perform(post("/quotes/" + quote.id() + "/approve").with(users.session(team.rep()))
			.with(csrf())
			.param("version", String.valueOf(quote.version() + 1)))
			.andExpect(flash().attribute("refused", "Your role does not allow this."));
		mvc.perform(post("/quotes/" + quote.id() + "/approve").with(users.session(team.director()))
			.with(csrf())
			.param("version", String.valueOf(quote.version() + 1)))
			.andExpect(flash().attribute("done", "sales.quote.approved"));
		assertThat(users.as(team.rep(), () -> quotes.get(quote.id())).status()).isEqualTo(QuoteStatus.APPROVED);
	}

	@Test
	void theOpportunityPageListsItsQuotesAndOffersANewOne() throws Exception {
		OpportunityView deal = users.as(team.rep(), () -> opportunities
			.create(new SaveOpportunity(account, "门禁升级", null, null, null, null, null, null, null, null, null)));
		QuoteView quote = users.as(team.rep(),
				() -> quotes.create(account, deal.id(),
						new QuoteTerms("门禁报价", catalogue.book().id(), LocalDate.now().plusDays(3), BigDecimal.ZERO,
								null),
						List.of(new SaveQuoteLine(catalogue.product(0), BigDecimal.ONE, BigDecimal.ZERO))));

		mvc.perform(get("/opportunities/" + deal.id()).with(users.session(team.rep())))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("data-testid=\"deal-sales\""), containsString(quote.number()),
							containsString("/accounts/" + account + "/quotes/new?opportunityId=" + deal.id()))));
		mvc.perform(get("/accounts/" + account + "/quotes/new").param("opportunityId", String.valueOf(deal.id()))
			.with(users.session(team.rep())))
			.andExpect(content().string(containsString("name=\"opportunityId\" value=\"" + deal.id() + "\"")));
	}

	@Test
	void administratorsKeepTheCatalogueOnItsPagesAndOthersMayNot() throws Exception {
		String code = "P-" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/admin/products").with(users.session(catalogue.admin()))
			.with(csrf())
			.param("code", "bad code!")
			.param("name", "")
			.param("unit", "piece")
			// what the browser sends for an unticked box
			.param("_active", "on"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Use letters, digits"), containsString("Enter a name."))));
		mvc.perform(post("/admin/products").with(users.session(catalogue.admin()))
			.with(csrf())
			.param("code", code)
			.param("name", "机柜")
			.param("unit", "台")
			.param("active", "true")).andExpect(redirectedUrl("/admin/products"));
		mvc.perform(get("/admin/products").param("q", code).with(users.session(catalogue.admin())))
			.andExpect(content().string(allOf(containsString(code), containsString("机柜"))));
		mvc.perform(
				get("/admin/price-books/" + catalogue.book().id() + "/prices").with(users.session(catalogue.admin())))
			.andExpect(content().string(containsString("1999.50")));
		mvc.perform(get("/admin/products").with(users.session(team.director()))).andExpect(status().isForbidden());
	}

}
