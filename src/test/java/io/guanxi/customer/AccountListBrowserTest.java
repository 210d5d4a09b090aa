package io.guanxi.customer;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.guanxi.BrowserSupport;
import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.platform.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@IntegrationTest
class AccountListBrowserTest extends BrowserSupport {

	@Autowired
	TestUsers users;

	@Autowired
	AccountService accounts;

	@Test
	void filterSaveAViewAndOpenItAgain() {
		TestUser rep = users.create(Role.SALES_REP);
		users.as(rep, () -> accounts.create(profile("永辉超市股份有限公司", Industry.RETAIL, Tier.A)));
		users.as(rep, () -> accounts.create(profile("招商银行股份有限公司", Industry.FINANCE, Tier.A)));
		users.as(rep, () -> accounts.create(profile("苏宁易购集团股份有限公司", Industry.RETAIL, Tier.C)));
		signIn(rep.username(), TestUsers.PASSWORD);
		page.navigate(url("/accounts"));
		assertThat(page.getByTestId("total")).hasText("3 accounts");

		page.locator("#filter-industry").selectOption("RETAIL");
		assertThat(page.getByTestId("total")).hasText("2 accounts");
		page.locator("#filter-tier").selectOption("A");
		assertThat(page.getByTestId("total")).hasText("1 account");
		assertThat(page.locator("#account-results")).containsText("永辉超市股份有限公司");
		assertThat(page.locator("#account-results")).not().containsText("招商银行");

		page.getByPlaceholder("Name of this view").fill("A-tier retail");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save view")).click();
		assertThat(page.getByTestId("views")).containsText("A-tier retail");
		screenshot("account-list-view");

		page.getByTestId("views").getByText("All").click();
		assertThat(page.getByTestId("total")).hasText("3 accounts");
		page.getByTestId("views").getByText("A-tier retail").click();
		assertThat(page.getByTestId("total")).hasText("1 account");
		assertThat(page.locator("#filter-industry")).hasValue("RETAIL");
	}

	private static SaveAccount profile(String name, Industry industry, Tier tier) {
		return new SaveAccount(name, AccountKind.COMPANY, null, industry, null, "CN", null, "上海市", null, null, null,
				null, null, null, tier, LifecycleStage.ACTIVE_CUSTOMER, AccountStatus.ACTIVE, null, null);
	}

}
