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
import io.guanxi.platform.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@IntegrationTest
class AccountImportBrowserTest extends BrowserSupport {

	@Autowired
	TestUsers users;

	@Test
	void aFileWithOneBadRowIsMappedPreviewedImportedAndItsBadRowReported() throws Exception {
		TestUser rep = users.create(Role.SALES_REP);
		signIn(rep.username(), TestUsers.PASSWORD);
		String csv = """
				客户名称,电话,行业,城市,备注
				小米科技 Browser,400-100-5678,信息技术,北京市,华北大客户
				坏号码 Browser,12345,电信,上海市,
				美的集团 Browser,0757-26338888,制造业,佛山市,
				""";

		page.navigate(url("/accounts"));
		screenshot("accounts-import-export");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import").setExact(true)).click();
		page.locator("#file")
			.setInputFiles(new FilePayload("客户.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload")).click();

		assertThat(page.getByTestId("mapping")).isVisible();
		assertThat(page.locator("#mapping-0")).hasValue("name");
		assertThat(page.locator("#mapping-1")).hasValue("phone");
		assertThat(page.locator("#mapping-2")).hasValue("industry");
		assertThat(page.locator("#mapping-3")).hasValue("city");
		assertThat(page.locator("#mapping-4")).hasValue("notes");
		screenshot("import-mapping");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview")).click();
		assertThat(page.getByTestId("preview")).containsText("This is not a valid phone number");
		screenshot("import-preview");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import 3 rows")).click();

		assertThat(page.getByTestId("import-outcome")).containsText("complete",
				new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
		assertThat(page.getByTestId("import-created")).hasText("2");
		assertThat(page.getByTestId("import-errors")).hasText("1");
		assertThat(page.getByTestId("import-error-rows").locator("tbody tr")).hasCount(1);
		assertThat(page.getByTestId("import-error-rows").locator("tbody tr td").first()).hasText("3");
		assertThat(page.getByTestId("import-error-rows")).containsText("电话");
		screenshot("import-result");

		Download download = page.waitForDownload(() -> page.getByTestId("error-report").click());
		String report = Files.readString(download.path(), StandardCharsets.UTF_8);
		org.assertj.core.api.Assertions.assertThat(report.lines().toList())
			.hasSize(2)
			.last()
			.asString()
			.startsWith("3,电话,Phone,");

		page.navigate(url("/accounts?q=Browser"));
		assertThat(page.getByText("小米科技 Browser")).isVisible();
		assertThat(page.getByText("坏号码 Browser")).hasCount(0);

		page.setViewportSize(390, 844);
		page.navigate(url("/accounts/import"));
		assertThat(page.getByText("客户.csv")).isVisible();
		screenshot("import-upload-phone");
	}

}
