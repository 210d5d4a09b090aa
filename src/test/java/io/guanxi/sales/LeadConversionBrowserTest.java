package io.guanxi.sales;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import io.guanxi.BrowserSupport;
import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.SaveAccount;
import io.guanxi.platform.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class LeadConversionBrowserTest extends BrowserSupport {

	@Autowired
	TestUsers users;

	@Autowired
	Leads leads;

	@Autowired
	AccountService accounts;

	@Test
	void aRepConvertsALeadIntoTheExistingAccountShownAsADuplicate() {
		TestUser rep = users.create(Role.SALES_REP);
		String unique = UUID.randomUUID().toString().substring(0, 6);
		String company = "华为技术有限公司 " + unique;
		long account = users.as(rep, () -> accounts.create(new SaveAccount(company, null)).id());
		LeadDetails lead = users.as(rep,
				() -> leads
					.create(new SaveLead("陈", "晓明" + unique, company, "采购经理", "chen-" + unique + "@huawei.example",
							"139 1234 5678", null, null, null, "深圳市", LeadSource.EVENT, null, "想了解园区网络改造方案", null)));
		signIn(rep.username(), TestUsers.PASSWORD);

		page.navigate(url("/leads/" + lead.id()));
		awaitScripts();
		assertThat(page.getByTestId("lead-status")).containsText("New");
		page.getByTestId("lead-work").click();
		assertThat(page.getByTestId("lead-status")).containsText("Working");
		screenshot("lead-detail");
		page.getByTestId("lead-convert").click();

		Locator duplicate = page.getByTestId("account-choice-" + account);
		assertThat(duplicate).containsText(company);
		assertThat(duplicate).containsText("same name");
		screenshot("lead-conversion");
		duplicate.click();
		page.getByTestId("contact-choice-new").click();
		page.getByLabel("Open an opportunity on the account").uncheck();
		page.getByTestId("convert-submit").click();

		page.waitForURL(address -> address.endsWith("/accounts/" + account));
		assertThat(page.getByTestId("account-name")).hasText(company);
		assertThat(page.locator("main")).containsText("陈晓明" + unique);
		page.navigate(url("/leads/" + lead.id()));
		assertThat(page.getByTestId("lead-converted")).containsText(company);
		assertThat(users.as(rep, () -> accounts.list(company, PageRequest.of(0, 5)))).hasSize(1);

		page.setViewportSize(390, 844);
		page.navigate(url("/leads"));
		screenshot("lead-list-phone");
	}

}
