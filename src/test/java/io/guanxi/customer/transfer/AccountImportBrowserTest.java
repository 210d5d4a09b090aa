package io.guanxi.customer.transfer;

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
		ImportWizard wizard = ImportWizard.open(page);
		wizard.upload("客户.csv", csv);
		wizard.expectMapping("name", "phone", "industry", "city", "notes");
		screenshot("import-mapping");

		assertThat(wizard.preview()).containsText("This is not a valid phone number");
		screenshot("import-preview");
		wizard.start(3);

		wizard.awaitResult(2, 1);
		wizard.expectOnlyBadRow(3, "电话");
		screenshot("import-result");
		wizard.expectErrorReport("3,电话,Phone,");

		page.navigate(url("/accounts?q=Browser"));
		assertThat(page.getByText("小米科技 Browser")).isVisible();
		assertThat(page.getByText("坏号码 Browser")).hasCount(0);

		page.setViewportSize(390, 844);
		page.navigate(url("/accounts/import"));
		assertThat(page.getByText("客户.csv")).isVisible();
		screenshot("import-upload-phone");
	}

}
