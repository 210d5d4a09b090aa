package io.guanxi.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

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
import io.guanxi.sales.registration.DealRegistrations;
import io.guanxi.sales.registration.RegisterDeal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The process editor with the keyboard, and a manager deciding from the registrations
 * queue.
 */
@IntegrationTest
class SalesProcessBrowserTest extends BrowserSupport {

	@Autowired
	TestUsers users;

	@Autowired
	SalesProcessAdmin admin;

	@Autowired
	Opportunities opportunities;

	@Autowired
	AccountService accounts;

	@Autowired
	DealRegistrations registrations;

	@Test
	void anAdminMovesAStageWithTheKeyboardAndAddsATask() {
		String unique = UUID.randomUUID().toString().substring(0, 6);
		TestUser administrator = users.create(Role.ADMIN);
		ProcessView process = users.as(administrator, () -> {
			ProcessView created = admin
				.create(new SaveProcess("Keyboard " + unique, null, "Keyboard " + unique, null, true, null));
			return admin.addStage(created.id(), new SaveStage("Demo", 40, null, null, null, null), created.version());
		});

		signIn(administrator.username(), TestUsers.PASSWORD);
		page.navigate(url("/admin/sales-processes/" + process.id()));
		awaitScripts();
		Locator up = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move Demo up"));
		up.focus();
		page.keyboard().press("Enter");
		assertThat(page.getByTestId("stage-name").first()).hasText("Demo");
		// the focus stays on the stage's buttons (at the top, the one back down), so
		// Enter again moves it further
		assertThat(page.locator(":focus")).hasAttribute("aria-label", "Move Demo down");
		page.keyboard().press("Enter");
		assertThat(page.getByTestId("stage-name").first()).hasText("Qualification");
		assertThat(page.locator(":focus")).hasAttribute("aria-label", "Move Demo up");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit Demo")).click();
		page.getByLabel("Task 1", new Page.GetByLabelOptions().setExact(true)).fill("Book the demo room");
		page.getByLabel("Task 1 is required").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.getByTestId("stage").nth(1)).containsText("Book the demo room");
		assertThat(page.getByTestId("stage").nth(1)).containsText("Required");
	}

	@Test
	void aManagerApprovesARegistrationFromTheQueue() {
		String unique = UUID.randomUUID().toString().substring(0, 6);
		TestUser manager = users.create(Role.SALES_MANAGER);
		TestUser rep = users.create(Role.SALES_REP, manager);
		String name = "Queue deal " + unique;
		OpportunityView deal = users.as(manager, () -> {
			long account = accounts.create(new SaveAccount("Queue account " + unique, null)).id();
			return opportunities.create(new SaveOpportunity(account, name, new BigDecimal("50000"), "CNY",
					LocalDate.now().plusMonths(1), null, null, null, null, rep.id(), null));
		});
		users.as(rep, () -> registrations.register(deal.id(), new RegisterDeal("Data lake", null, "Met the CTO")));

		signIn(manager.username(), TestUsers.PASSWORD);
		page.navigate(url("/registrations"));
		awaitScripts();
		Locator card = page.getByTestId("registration-row").filter(new Locator.FilterOptions().setHasText(name));
		assertThat(card).containsText("Met the CTO");
		card.getByTestId("approve").click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("The registration was approved.");
		assertThat(page.getByTestId("registration-row").filter(new Locator.FilterOptions().setHasText(name)))
			.hasCount(0);
		page.navigate(url("/registrations?status=APPROVED"));
		assertThat(page.getByTestId("registration-row").filter(new Locator.FilterOptions().setHasText(name)))
			.containsText("Protected until");
	}

}
