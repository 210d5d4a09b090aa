package io.guanxi.customer;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Locator;
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
class DuplicatesBrowserTest extends BrowserSupport {

	@Autowired
	TestUsers users;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	Duplicates duplicates;

	@Test
	void seeTheWarningCompareChooseAFieldAndMerge() {
		TestUser rep = users.create(Role.SALES_REP);
		String unique = UUID.randomUUID().toString().substring(0, 6);
		long survivor = users.as(rep,
				() -> accounts
					.create(new SaveAccount("旭日贸易有限公司", null, null, Industry.RETAIL, null, null, "广东", "广州", null, null,
							null, "+86 20 8888 " + digits(), null, null, null, null, null, null, null))
					.id());
		long merged = users.as(rep,
				() -> accounts
					.create(new SaveAccount("旭日贸易", null, null, null, null, null, null, "广州", null, null,
							"www.xuri.example", null, "info@xuri.example", null, null, null, null, null, null))
					.id());
		users.as(rep, () -> contacts.createAt(merged, SaveContact.named("李", "明")));
		users.as(rep, () -> contacts.createAt(survivor, SaveContact.named("王", "强")));
		signIn(rep.username(), TestUsers.PASSWORD);

		page.navigate(url("/accounts/" + survivor));
		awaitScripts();
		var warning = page.getByTestId("duplicates-section");
		assertThat(warning).containsText("Possible duplicates");
		assertThat(warning).containsText("旭日贸易");
		assertThat(warning).containsText("Similar name");
		screenshot("duplicates-warning");
		warning.getByTestId("compare").click();

		page.waitForURL(address -> address.endsWith("/accounts/duplicates/" + survivor + "/" + merged));
		var table = page.getByTestId("compare-table");
		assertThat(table).containsText("www.xuri.example");
		assertThat(page.getByTestId("children")).containsText("1 contact");
		assertThat(page.locator("#keep-website-MERGED")).isChecked();
		assertThat(page.locator("#keep-name-SURVIVOR")).isChecked();
		page.locator("#keep-name-MERGED").check();
		screenshot("duplicates-compare");

		page.onceDialog(dialog -> dialog.accept());
		page.getByTestId("merge").click();

		page.waitForURL(address -> address.endsWith("/accounts/" + survivor));
		assertThat(page.getByTestId("account-name")).hasText("旭日贸易");
		var people = page.getByTestId("account-contacts");
		assertThat(people).containsText("李明");
		assertThat(people).containsText("王强");
		assertThat(page.getByTestId("duplicates-section")).hasCount(0);

		page.navigate(url("/accounts/" + merged));
		assertThat(page.getByRole(AriaRole.HEADING)).not().containsText(new String[] { "旭日贸易" });
	}

	@Test
	void theQualityPageShowsFiguresWithLinksToTheRecords() {
		TestUser manager = users.create(Role.SALES_MANAGER);
		TestUser rep = users.create(Role.SALES_REP, manager);
		users.as(rep,
				() -> accounts.create(new SaveAccount("完整客户有限公司", null, null, Industry.FINANCE, null, null, null, "北京",
						"朝阳区", null, "www.full.example", "+86 10 6666 1234", "info@full.example", null, Tier.A, null,
						null, null, null)));
		users.as(rep, () -> accounts.create(new SaveAccount("Sparse Ltd", null)));
		users.as(manager, () -> accounts.create(new SaveAccount("Manager's own", null)));
		users.as(rep, () -> contacts.create(SaveContact.named("赵", "敏")));
		String phone = "+86 137 " + digits() + " " + digits();
		long twin = users
			.as(rep, () -> accounts.create(new SaveAccount("星河科技", null, null, null, null, null, null, null, null, null,
					null, phone, null, null, null, null, null, null, null)))
			.id();
		users.as(manager, () -> accounts.create(new SaveAccount("星河科技有限公司", null, null, null, null, null, null, null,
				null, null, null, phone, null, null, null, null, null, null, null)));
		users.as(users.create(Role.ADMIN), duplicates::scan);
		signIn(manager.username(), TestUsers.PASSWORD);

		page.navigate(url("/"));
		page.locator("#gx-nav")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Data quality"))
			.click();
		page.waitForURL(address -> address.endsWith("/quality"));
		var accountsCard = page.getByTestId("quality-accounts");
		assertThat(accountsCard).containsText("5 records");
		assertThat(page.getByTestId("accounts-DUPLICATES")).containsText("1");
		assertThat(page.getByTestId("accounts-owners")).containsText("Test " + rep.username());
		assertThat(page.getByTestId("accounts-owners")).containsText("Test " + manager.username());
		screenshot("quality-page");

		page.setViewportSize(390, 844);
		screenshot("quality-page-phone");
		page.setViewportSize(1280, 800);
		accountsCard.getByTestId("accounts-completeness").getByRole(AriaRole.LINK).first().click();
		page.waitForURL(address -> address.contains("/quality/accounts/MISSING"));
		assertThat(page.getByTestId("quality-records")).containsText("Sparse Ltd");
		assertThat(page.getByTestId("quality-records")).not().containsText("完整客户有限公司");

		page.navigate(url("/quality/accounts/duplicates"));
		var pairs = page.getByTestId("quality-pairs");
		assertThat(pairs).containsText("星河科技有限公司");
		assertThat(pairs).containsText("Same phone");
		screenshot("quality-duplicates");
		page.getByTestId("lang-zh").click();
		assertThat(page.getByTestId("quality-pairs")).containsText("电话相同");
		screenshot("quality-duplicates-zh");
		page.getByTestId("quality-pairs")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("比较并合并"))
			.click();
		page.waitForURL(address -> address.contains("/accounts/duplicates/"));
		assertThat(page.getByTestId("compare-table")).containsText("星河科技");
		assertThat(page.getByTestId("merge")).containsText("合并");
		screenshot("duplicates-compare-zh");
		page.navigate(url("/accounts/" + twin));
		assertThat(page.getByTestId("duplicates-section")).containsText("疑似重复");
		assertThat(page.getByTestId("duplicates-section")).containsText("电话相同");
		screenshot("duplicates-warning-zh");
		page.navigate(url("/quality"));
		assertThat(page.getByTestId("quality-accounts")).containsText("5 条记录");
		screenshot("quality-page-zh");
	}

	private static String digits() {
		return String.valueOf(ThreadLocalRandom.current().nextInt(1000, 10000));
	}

}
