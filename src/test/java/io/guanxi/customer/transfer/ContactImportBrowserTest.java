package io.guanxi.customer.transfer;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.guanxi.BrowserSupport;
import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.SaveAccount;
import io.guanxi.platform.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@IntegrationTest
class ContactImportBrowserTest extends BrowserSupport {

	@Autowired
	TestUsers users;

	@Autowired
	AccountService accounts;

	@Test
	void aFileOfContactsWithOneBadRowIsMappedPreviewedImportedAndItsBadRowReported() throws Exception {
		TestUser rep = users.create(Role.SALES_REP);
		users.as(rep, () -> accounts.create(new SaveAccount("华星科技", null)));
		signIn(rep.username(), TestUsers.PASSWORD);
		String csv = """
				姓名,手机,公司,职位,邮箱
				王小明,138 0013 8002,华星科技,采购经理,wang.xiaoming@example.com
				坏号码,12345,华星科技,,
				Emily Chen,+1 415 555 0100,,Buyer,emily.chen@example.com
				""";

		page.navigate(url("/contacts"));
		ImportWizard wizard = ImportWizard.open(page);
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import vCards"))).isVisible();
		screenshot("contact-import-upload");
		wizard.upload("联系人.csv", csv);
		wizard.expectMapping("fullName", "mobile", "account", "jobTitle", "email");
		screenshot("contact-import-mapping");

		Locator preview = wizard.preview();
		assertThat(preview).containsText("This is not a valid phone number");
		assertThat(preview).containsText("New contact");
		screenshot("contact-import-preview");
		wizard.start(3);

		wizard.awaitResult(2, 1);
		wizard.expectOnlyBadRow(3, "手机");
		screenshot("contact-import-result");
		wizard.expectErrorReport("3,手机,Mobile,");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to the contacts")).click();
		assertThat(page.getByText("王小明")).isVisible();
		assertThat(page.getByText("坏号码")).hasCount(0);
		page.getByText("王小明").click();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("华星科技"))).isVisible();
	}

}
