package io.guanxi.platform;

import java.util.regex.Pattern;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.guanxi.BrowserSupport;
import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.SaveAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SignInBrowserTest extends BrowserSupport {

	@Autowired
	TestUsers users;

	@Autowired
	AccountService accounts;

	@Test
	void signInSwitchLanguageAndSignOut() {
		TestUser rep = users.create(Role.SALES_REP);
		users.as(rep, () -> accounts.create(new SaveAccount("华为技术有限公司 " + rep.username(), null)));

		signIn(rep.username(), TestUsers.PASSWORD);
		assertThat(page).hasURL(url("/"));
		assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setLevel(1)))
			.containsText("Welcome");
		screenshot("home-en");

		page.getByTestId("lang-zh").click();
		assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
		var accountsLink = page.locator("#gx-nav")
			.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("客户"));
		assertThat(accountsLink).isVisible();
		accountsLink.click();
		assertThat(page.getByText("华为技术有限公司 " + rep.username())).isVisible();
		assertThat(screenshot("accounts-zh")).exists();

		page.getByTestId("user-menu").click();
		page.getByTestId("logout").click();
		assertThat(page).hasURL(Pattern.compile("/login\\?logout"));
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("退出");

		// The language was stored with the user: signing in again from a fresh English
		// browser keeps Chinese.
		page.context().clearCookies();
		page.navigate(url("/login"));
		page.locator("#username").fill(rep.username());
		page.locator("#password").fill(TestUsers.PASSWORD);
		page.locator("button[type=submit]").first().click();
		assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
	}

	@Test
	void wrongPasswordShowsAMessage() {
		TestUser rep = users.create(Role.SALES_REP);
		signIn(rep.username(), "not-the-password");
		assertThat(page).hasURL(Pattern.compile("/login\\?error"));
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Wrong user name or password");
		screenshot("login-error");
	}

	@Test
	void searchAsYouTypeFromTheNavigationBar() {
		TestUser rep = users.create(Role.SALES_REP);
		String name = "Searchable Trading " + rep.username();
		users.as(rep, () -> accounts.create(new SaveAccount(name, null)));
		signIn(rep.username(), TestUsers.PASSWORD);

		page.getByPlaceholder("Search customers…").pressSequentially("Searchable Trad");
		assertThat(page.locator("#gx-search-results").getByText(name)).isVisible();
		page.locator("#gx-search-results").getByText(name).click();
		assertThat(page.getByTestId("account-name")).hasText(name);
	}

	@Test
	void thePhoneLayoutCollapsesTheNavigation() {
		TestUser rep = users.create(Role.SALES_REP);
		page.setViewportSize(390, 844);
		signIn(rep.username(), TestUsers.PASSWORD);
		assertThat(page.locator("#gx-nav")).isHidden();
		page.locator(".navbar-toggler").click();
		assertThat(page.locator("#gx-nav")).hasClass(Pattern.compile("\\bshow\\b"));
		assertThat(page.locator("#gx-nav").getByText("Accounts")).isVisible();
		screenshot("home-phone");
	}

	@Test
	void apiDocumentationRendersUnderTheContentSecurityPolicy() {
		page.navigate(url("/api/docs"));
		// The first request builds the OpenAPI document, which takes seconds on a busy
		// machine.
		assertThat(page.getByText("Accounts").first())
			.isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
		assertThat(page.getByText("API tokens").first()).isVisible();
		screenshot("api-docs");
	}

}
