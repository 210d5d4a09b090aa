package io.guanxi.customer;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
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
class AccountsBrowserTest extends BrowserSupport {

	@Autowired
	TestUsers users;

	@Test
	void createRenameSeeHistoryAndDeleteAfterConfirming() {
		TestUser rep = users.create(Role.SALES_REP);
		signIn(rep.username(), TestUsers.PASSWORD);

		page.locator("#gx-nav")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Accounts").setExact(true))
			.click();
		assertThat(page.getByText("No accounts yet.")).isVisible();
		page.getByText("New account").first().click();
		page.locator("#name").fill("比亚迪股份有限公司");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.getByTestId("account-name")).hasText("比亚迪股份有限公司");

		page.navigate(page.url() + "/edit");
		page.locator("#name").fill("比亚迪股份有限公司 BYD");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.getByTestId("history")).containsText("比亚迪股份有限公司 BYD");
		assertThat(page.getByTestId("history")).containsText("Changed");
		screenshot("account-detail");

		page.onceDialog(dialog -> dialog.accept());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("deleted");
		assertThat(page.getByText("No accounts yet.")).isVisible();
	}

	@Test
	void keyFactsAreEditedInPlaceAndTheAccountCanThenBeDeleted() {
		TestUser rep = users.create(Role.SALES_REP);
		signIn(rep.username(), TestUsers.PASSWORD);
		page.navigate(url("/accounts/new"));
		page.locator("#name").fill("海康威视 Inline");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		// the profile page has loaded (and htmx with it) before its inline editor is used
		page.waitForURL(Pattern.compile(".*/accounts/\\d+$"));
		String profileUrl = page.url();

		page.getByTestId("edit-facts").click();
		page.locator("#account-facts").getByLabel("Industry").selectOption("MANUFACTURING");
		page.locator("#account-facts").getByLabel("City").fill("杭州市");
		page.locator("#account-facts").getByLabel("Phone").fill("0571 8807 5998");
		page.locator("#account-facts").getByLabel("Tier").selectOption("A");
		page.locator("#account-facts")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
			.click();

		assertThat(page.locator("#account-facts")).containsText("Manufacturing");
		assertThat(page.locator("#account-facts")).containsText("杭州市");
		assertThat(page.locator("#account-facts a[href='tel:+8657188075998']")).isVisible();
		assertThat(page.locator("#account-header")).containsText("A");
		org.assertj.core.api.Assertions.assertThat(page.url()).isEqualTo(profileUrl);
		screenshot("account-profile");

		page.onceDialog(dialog -> dialog.accept());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("deleted");
	}

	@Test
	void aDeclinedConfirmationKeepsTheAccount() {
		TestUser rep = users.create(Role.SALES_REP);
		signIn(rep.username(), TestUsers.PASSWORD);
		page.navigate(url("/accounts/new"));
		page.locator("#name").fill("Keep Me Ltd");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		page.waitForURL(Pattern.compile("/accounts/\\d+"));

		page.onceDialog(dialog -> dialog.dismiss());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete")).click();
		page.navigate(url("/accounts"));
		assertThat(page.getByText("Keep Me Ltd")).isVisible();
	}

	@Test
	void missingPagesAreFriendly() {
		TestUser rep = users.create(Role.SALES_REP);
		signIn(rep.username(), TestUsers.PASSWORD);
		page.navigate(url("/accounts/999999999"));
		assertThat(page.getByRole(AriaRole.HEADING)).containsText("does not exist");
		screenshot("not-found");
	}

}
