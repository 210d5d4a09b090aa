package io.guanxi.relationship.transfer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.guanxi.BrowserSupport;
import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.ContactService;
import io.guanxi.customer.SaveAccount;
import io.guanxi.customer.SaveContact;
import io.guanxi.platform.Role;
import io.guanxi.relationship.OrgPerson;
import io.guanxi.relationship.OrgService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@IntegrationTest
class RelationshipImportBrowserTest extends BrowserSupport {

	@Autowired
	TestUsers users;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	OrgService orgs;

	@Test
	void anOrgChartIsUploadedThroughThePageAndABadFileShowsEveryProblem() throws Exception {
		TestUser rep = users.create(Role.SALES_REP);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String account = "字节跳动 " + tag;
		long bytedance = users.as(rep, () -> accounts.create(new SaveAccount(account, null)).id());
		long zhang = users.as(rep, () -> contacts.create(SaveContact.named("张", "一鸣")).id());
		long liang = users.as(rep, () -> contacts.create(SaveContact.named("梁", "汝波")).id());
		long kelly = users.as(rep, () -> contacts.create(SaveContact.named("张", "楠")).id());
		signIn(rep.username(), TestUsers.PASSWORD);

		page.locator("#gx-nav")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Import org charts"))
			.click();
		assertThat(page.getByLabel("Positions")).isChecked();
		Download template = page.waitForDownload(() -> page.getByTestId("columns-positions")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Download template"))
			.click());
		org.assertj.core.api.Assertions.assertThat(Files.readString(template.path(), StandardCharsets.UTF_8))
			.isEqualTo("\uFEFFaccount,contact,title,department,reports_to,buying_role,from,to,note\r\n");

		upload("org.csv", """
				客户,联系人,职位,部门,上级,采购角色,开始日期
				%1$s,%3$d,CEO,管理层/中国区,%2$d,决策者,2021-05-20
				%1$s,%2$d,Founder,管理层,,,2012-03-01
				%1$s,%4$d,CEO China,管理层/中国区,%3$d,Champion,2021-05-20
				""".formatted(account, zhang, liang, kelly));
		assertThat(page.getByTestId("import-done")).hasText("3 rows imported. 2 departments created.");
		org.assertj.core.api.Assertions
			.assertThat(users.as(rep, () -> orgs.orgChart(bytedance, LocalDate.of(2024, 1, 1)).people()))
			.extracting(OrgPerson::name, OrgPerson::departmentName, OrgPerson::reportsToContactId)
			.containsExactlyInAnyOrder(tuple("张一鸣", "管理层", null), tuple("梁汝波", "中国区", zhang),
					tuple("张楠", "中国区", liang));

		page.getByLabel("Person ties").check();
		upload("ties.csv", """
				from_contact,to_contact,kind,strength,from
				%1$d,%2$d,classmate,5,2001-09-01
				%1$d,nobody@example.com,friend,3,
				%2$d,%2$d,mentor,9,2020-02-31
				""".formatted(zhang, liang));
		Locator problems = page.getByTestId("import-problems");
		assertThat(problems.getByRole(AriaRole.ALERT)).containsText("Nothing was imported: 2 rows have problems.");
		assertThat(problems.locator("tbody tr")).hasCount(3);
		assertThat(problems.locator("tbody tr").nth(0)).containsText("3");
		assertThat(problems.locator("tbody tr").nth(0)).containsText("to_contact");
		assertThat(problems.locator("tbody tr").nth(1)).containsText("“9” is not a strength");
		assertThat(problems.locator("tbody tr").nth(2)).containsText("“2020-02-31” is not a date");
		assertThat(page.getByLabel("Person ties")).isChecked();
		screenshot("relationship-import-errors");

		page.setViewportSize(390, 844);
		screenshot("relationship-import-errors-phone");

		page.setViewportSize(1280, 800);
		page.getByTestId("lang-zh").click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("导入组织架构与关系");
		screenshot("relationship-import-zh");
	}

	private void upload(String name, String csv) {
		page.locator("#file").setInputFiles(new FilePayload(name, "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
	}

}
