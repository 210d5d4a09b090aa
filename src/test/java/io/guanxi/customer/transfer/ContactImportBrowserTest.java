package io.guanxi.customer.transfer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
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
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import vCards"))).isVisible();
		screenshot("contact-import-upload");
		page.locator("#file")
			.setInputFiles(new FilePayload("联系人.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload")).click();

		assertThat(page.getByTestId("mapping")).isVisible();
		assertThat(page.locator("#mapping-0")).hasValue("fullName");
		assertThat(page.locator("#mapping-1")).hasValue("mobile");
		assertThat(page.locator("#mapping-2")).hasValue("account");
		assertThat(page.locator("#mapping-3")).hasValue("jobTitle");
		assertThat(page.locator("#mapping-4")).hasValue("email");
		screenshot("contact-import-mapping");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview")).click();
		assertThat(page.getByTestId("preview")).containsText("This is not a valid phone number");
		assertThat(page.getByTestId("preview")).containsText("New contact");
		screenshot("contact-import-preview");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import 3 rows")).click();

		assertThat(page.getByTestId("import-outcome")).containsText("complete",
				new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
		assertThat(page.getByTestId("import-created")).hasText("2");
		assertThat(page.getByTestId("import-errors")).hasText("1");
		assertThat(page.getByTestId("import-error-rows").locator("tbody tr")).hasCount(1);
		assertThat(page.getByTestId("import-error-rows").locator("tbody tr td").first()).hasText("3");
		assertThat(page.getByTestId("import-error-rows")).containsText("手机");
		screenshot("contact-import-result");

		Download download = page.waitForDownload(() -> page.getByTestId("error-report").click());
		String report = Files.readString(download.path(), StandardCharsets.UTF_8);
		org.assertj.core.api.Assertions.assertThat(report.lines().toList())
			.hasSize(2)
			.last()
			.asString()
			.startsWith("3,手机,Mobile,");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to the contacts")).click();
		assertThat(page.getByText("王小明")).isVisible();
		assertThat(page.getByText("坏号码")).hasCount(0);
		page.getByText("王小明").click();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("华星科技"))).isVisible();
	}

}
