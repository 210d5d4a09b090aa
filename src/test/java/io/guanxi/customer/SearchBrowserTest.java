package io.guanxi.customer;

import com.microsoft.playwright.Locator;
import io.guanxi.BrowserSupport;
import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.platform.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@IntegrationTest
class SearchBrowserTest extends BrowserSupport {

	@Autowired
	TestUsers users;

	@Autowired
	AccountService accounts;

	@Test
	void typingTwoChineseCharactersShowsTheAccountInTheDropdownAndOpensItsProfile() {
		TestUser rep = users.create(Role.SALES_REP);
		long huawei = users.as(rep,
				() -> accounts
					.create(new SaveAccount("华为技术有限公司", AccountKind.COMPANY, null, null, null, "CN", "广东省", "深圳市", null,
							null, null, "0755-2878 0808", null, null, null, null, null, null, null))
					.id());
		users.as(rep, () -> accounts.create(new SaveAccount("深圳华为终端有限公司", null)));
		signIn(rep.username(), TestUsers.PASSWORD);
		page.evaluate("() => window.gxLoadedOnce = true");

		page.locator("#gx-search-input").pressSequentially("华为");

		Locator hits = page.locator("#gx-search-results [data-testid=search-hit]");
		assertThat(hits).hasCount(2);
		assertThat(hits.first()).containsText("华为技术有限公司");
		assertThat(hits.first()).containsText("深圳市 · 0755-2878 0808");
		assertThat(hits.first().locator(".bi-building")).hasCount(1);
		org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.gxLoadedOnce")).isEqualTo(true);
		screenshot("search-dropdown");

		hits.first().click();
		page.waitForURL(url("/accounts/" + huawei));
		assertThat(page.getByTestId("account-name")).hasText("华为技术有限公司");
		screenshot("search-landed-on-profile");
	}

	@Test
	void theSearchPageWorksWithoutJavaScript() {
		TestUser rep = users.create(Role.SALES_REP);
		users.as(rep, () -> accounts.create(new SaveAccount("Siemens Ltd., China", null)));
		signIn(rep.username(), TestUsers.PASSWORD);

		page.navigate(url("/search?q=Siemns"));

		assertThat(page.locator("main [data-testid=search-hit]")).hasCount(1);
		assertThat(page.locator("main [data-testid=search-hit]")).containsText("Siemens Ltd., China");
		screenshot("search-page");
	}

}
