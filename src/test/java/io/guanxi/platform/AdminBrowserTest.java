package io.guanxi.platform;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.guanxi.BrowserSupport;
import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@IntegrationTest
class AdminBrowserTest extends BrowserSupport {

	@Autowired
	TestUsers users;

	@Test
	void anAdministratorSetsUpATeamAndAUser() {
		TestUser admin = users.create(Role.ADMIN);
		String suffix = admin.username().substring(admin.username().length() - 8);
		signIn(admin.username(), TestUsers.PASSWORD);

		page.locator("#gx-nav")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Administration").setExact(true))
			.click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Teams")).click();
		page.getByText("New team").click();
		page.getByLabel("Name").fill("华南销售 South " + suffix);
		page.getByLabel("Description").fill("Guangzhou and Shenzhen");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.getByText("华南销售 South " + suffix)).isVisible();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Users").setExact(true)).click();
		page.getByText("New user").click();
		page.getByLabel("User name").fill("chen.jing." + suffix);
		page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("陈静 Chen Jing");
		page.getByLabel("Role").selectOption("SALES_REP");
		page.getByLabel("Team")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("华南销售 South " + suffix));
		page.getByLabel("Password").fill("short");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.locator(".invalid-feedback").first()).isVisible();
		screenshot("admin-user-invalid");

		page.getByLabel("Password").fill("a-long-enough-password");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saved");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Users").setExact(true)).click();
		page.getByPlaceholder("Filter by name").fill("chen.jing." + suffix);
		page.getByPlaceholder("Filter by name").press("Enter");
		assertThat(page.getByText("陈静 Chen Jing")).isVisible();
		screenshot("admin-users");
	}

}
