package io.guanxi.platform;

import java.util.UUID;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.SaveAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The web shell: sign-in required, escaping, htmx fragments, CSRF, language, roles. */
@IntegrationTest
class WebPagesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AccountService accounts;

	@Test
	void pagesNeedASignedInUser() throws Exception {
		mvc.perform(get("/accounts")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void staticLibrariesAreLinkedAndServedWithoutTheirVersion() throws Exception {
		// no filter rewrites a page's links into versioned resources: it searched the jar
		// for every link
		mvc.perform(get("/login"))
			.andExpect(content().string(containsString("href=\"/webjars/bootstrap/css/bootstrap.min.css\"")));
		mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
		mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
	}

	@Test
	void htmlInANameIsShownEscaped() throws Exception {
		TestUser rep = users.create(Role.SALES_REP);
		String name = "<script>alert('x')</script><b>Evil</b> Ltd " + UUID.randomUUID();
		long id = users.as(rep, () -> accounts.create(new SaveAccount(name, null)).id());

		mvc.perform(get("/accounts/" + id).with(users.session(rep)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
					not(containsString("<script>alert(")), not(containsString("<b>Evil</b>")))));
		mvc.perform(get("/accounts").param("q", "Evil Ltd").with(users.session(rep)))
			.andExpect(content().string(not(containsString("<script>alert("))));
	}

	@Test
	void theListFilterAnswersHtmxWithTheRowsOnly() throws Exception {
		TestUser rep = users.create(Role.SALES_REP);
		String name = "Fragment Co " + UUID.randomUUID();
		users.as(rep, () -> accounts.create(new SaveAccount(name, null)));

		mvc.perform(get("/accounts").param("q", name)
			.header("HX-Request", "true")
			.header("HX-Target", "account-results")
			.with(users.session(rep)))
			.andExpect(status().isOk())
			.andExpect(header().stringValues("Vary", org.hamcrest.Matchers.hasItem("HX-Request")))
			.andExpect(content().string(allOf(containsString(name), containsString("id=\"account-results\""),
					not(containsString("<html")))));
		mvc.perform(get("/accounts").param("q", name).with(users.session(rep)))
			.andExpect(content().string(allOf(containsString(name), containsString("<html"))));
		// A boosted form that redirects to the list is an htmx request too, but must get
		// the page.
		mvc.perform(get("/accounts").param("q", name)
			.header("HX-Request", "true")
			.header("HX-Boosted", "true")
			.with(users.session(rep))).andExpect(content().string(containsString("<html")));
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefused() throws Exception {
		TestUser rep = users.create(Role.SALES_REP);
		mvc.perform(post("/accounts").param("name", "No token").with(users.session(rep)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/accounts").param("name", "With token").with(users.session(rep)).with(csrf()))
			.andExpect(status().isFound());
	}

	@Test
	void anInvalidFormIsShownAgainWithItsMessage() throws Exception {
		TestUser rep = users.create(Role.SALES_REP);
		mvc.perform(post("/accounts").param("name", "").with(users.session(rep)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")));
	}

	@Test
	void theLanguageChoiceIsRememberedForTheUser() throws Exception {
		TestUser rep = users.create(Role.SALES_REP);
		mvc.perform(post("/preferences/language").param("lang", "zh-CN")
			.header("Referer", "http://localhost/accounts?q=x")
			.with(users.session(rep))
			.with(csrf())).andExpect(redirectedUrl("/accounts?q=x"));

		org.assertj.core.api.Assertions.assertThat(users.userService().preferredLocale(rep.id()))
			.contains(java.util.Locale.SIMPLIFIED_CHINESE);
		mvc.perform(get("/accounts").with(users.session(rep)).locale(java.util.Locale.SIMPLIFIED_CHINESE))
			.andExpect(content().string(containsString("新建客户")));
	}

	@Test
	void theLanguageSwitchNeverRedirectsToAnotherSite() throws Exception {
		mvc.perform(post("/preferences/language").param("lang", "en")
			.header("Referer", "https://evil.example//phish")
			.with(csrf())).andExpect(redirectedUrl("/"));
	}

	@Test
	void onlyAdministratorsReachTheAdminPages() throws Exception {
		mvc.perform(get("/admin/users").with(users.session(users.create(Role.SALES_MANAGER))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/users").with(users.session(users.create(Role.ADMIN)))).andExpect(status().isOk());
	}

	@Test
	void theAccountPageShowsItsHistory() throws Exception {
		TestUser rep = users.create(Role.SALES_REP);
		long id = users.as(rep, () -> accounts.create(new SaveAccount("Before rename", null)).id());
		users.as(rep, () -> accounts.update(id, new SaveAccount("After rename", null), 0));

		mvc.perform(get("/accounts/" + id).with(users.session(rep)).locale(java.util.Locale.ENGLISH))
			.andExpect(content().string(allOf(containsString("Before rename"), containsString("After rename"),
					containsString(rep.username()), containsString("Changed"), containsString("Created"),
					containsString("<span>Test " + rep.username() + "</span>"))));
	}

	@Test
	void theGlobalSearchFindsVisibleAccountsOnly() throws Exception {
		TestUser rep = users.create(Role.SALES_REP);
		String name = "华为技术 " + UUID.randomUUID();
		long id = users.as(rep, () -> accounts.create(new SaveAccount(name, null)).id());
		String link = "href=\"/accounts/" + id + "\"";

		mvc.perform(get("/search").param("q", name)
			.header("HX-Request", "true")
			.header("HX-Target", "gx-search-results")
			.with(users.session(rep))).andExpect(content().string(containsString(link)));
		mvc.perform(get("/search").param("q", name).with(users.session(users.create(Role.SALES_REP))))
			.andExpect(content().string(not(containsString(link))));
	}

}
