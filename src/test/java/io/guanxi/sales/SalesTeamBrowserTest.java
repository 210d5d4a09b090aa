package io.guanxi.sales;

import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;

import com.microsoft.playwright.Locator;
import io.guanxi.BrowserSupport;
import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.platform.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A rep works their day in the browser: adds a task and ticks one off on "My tasks", then
 * staffs a deal's team and takes someone off it again, all in place through htmx.
 */
@IntegrationTest
class SalesTeamBrowserTest extends BrowserSupport {

	@Autowired
	TestUsers users;

	@Autowired
	AccountService accounts;

	@Autowired
	Opportunities opportunities;

	@Autowired
	SalesTasks tasks;

	@Test
	void aRepAddsAndTicksOffTasksAndStaffsTheDealTeam() {
		Deals deals = new Deals(users, accounts, opportunities);
		TestUser rep = users.create(Role.SALES_REP, users.create(Role.SALES_MANAGER));
		TestUser presales = users.create(Role.SALES_REP);
		OpportunityView deal = deals.open(rep, "上海汽车 数据平台");
		users.as(rep, () -> tasks.create(new SaveSalesTask("回电采购部", null, Instant.now().minus(Duration.ofDays(1)), null,
				TaskPriority.HIGH, null, null, deal.accountId())));
		users.as(rep, () -> tasks
			.create(SaveSalesTask.quick("Prepare the demo", Instant.now().plus(Duration.ofDays(3)), deal.id(), null)));

		signIn(rep.username(), TestUsers.PASSWORD);
		page.navigate(url("/tasks"));
		awaitScripts();
		assertThat(page.getByTestId("tasks-overdue").getByTestId("task-overdue")).hasCount(1);
		page.getByTestId("quick-title").fill("Book the flight");
		page.getByTestId("quick-title").press("Enter");
		// due today, by the end of the day, unless a time is given
		assertThat(page.getByTestId("tasks-today")).containsText("Book the flight");
		page.getByLabel("Mark \u201c回电采购部\u201d done").click();
		assertThat(page.getByTestId("tasks-done")).containsText("回电采购部");
		assertThat(page.getByTestId("tasks-overdue")).containsText("Nothing overdue.");
		screenshot("sales-my-tasks");

		page.navigate(url("/opportunities/" + deal.id()));
		awaitScripts();
		Locator team = page.getByTestId("deal-team");
		team.getByLabel("Colleague").selectOption(String.valueOf(presales.id()));
		team.getByLabel("Role").last().selectOption("PRESALES");
		team.getByLabel("May change the deal").last().check();
		team.getByText("Add to team").click();
		Locator member = page.getByTestId("deal-team-member");
		assertThat(member).hasCount(1);
		assertThat(member).containsText("Pre-sales");
		assertThat(member).containsText("Can edit");
		// the rest of the page was loaded again: its forms carry the deal's new version
		assertThat(page.locator("#deal input[name=version]").first())
			.hasValue(String.valueOf(users.as(rep, () -> opportunities.get(deal.id())).version()));
		page.getByTestId("deal-team")
			.screenshot(
					new Locator.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "sales-deal-team.png")));
		screenshot("sales-deal-page");

		page.onceDialog(dialog -> dialog.dismiss());
		member.getByTestId("deal-team-remove").click();
		assertThat(page.getByTestId("deal-team-member")).hasCount(1);
		page.onceDialog(dialog -> dialog.accept());
		page.getByTestId("deal-team-member").getByTestId("deal-team-remove").click();
		assertThat(page.getByTestId("deal-team-member")).hasCount(0);
		assertThat(page.getByTestId("deal-team")).containsText("No one else is on the team yet.");

		page.navigate(url("/tasks"));
		page.getByTestId("lang-zh").click();
		page.setViewportSize(390, 844);
		assertThat(page.getByTestId("my-tasks")).containsText("即将到期");
		screenshot("sales-my-tasks-zh-phone");
	}

}
