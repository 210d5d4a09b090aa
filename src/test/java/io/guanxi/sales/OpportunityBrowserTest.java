package io.guanxi.sales;

import com.microsoft.playwright.Locator;
import io.guanxi.BrowserSupport;
import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.platform.Role;
import io.guanxi.relationship.BuyingRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A rep works a deal on its page: ticks the checklist with the mouse and the keyboard,
 * sees the control points disappear, moves it on, and closes it as lost after a
 * confirmation.
 */
@IntegrationTest
@Import(DealFixtures.class)
class OpportunityBrowserTest extends BrowserSupport {

	@Autowired
	TestUsers users;

	@Autowired
	DealFixtures fixtures;

	@Autowired
	Opportunities opportunities;

	@Test
	void tickTheChecklistMoveTheStageAndCloseAsLost() {
		TestUser rep = users.create(Role.SALES_REP);
		OpportunityView opened = fixtures.open(rep, "Browser deal");
		long contact = fixtures.contactAt(rep, opened.accountId(), "陈", "静");
		OpportunityView deal = fixtures.as(rep,
				() -> opportunities.putContact(opened.id(), contact, BuyingRole.DECISION_MAKER, opened.version()));
		signIn(rep.username(), TestUsers.PASSWORD);
		page.navigate(url("/opportunities/" + deal.id()));
		awaitScripts();

		Locator panel = page.getByTestId("stage-panel");
		assertThat(panel.getByTestId("missing-reason")).hasCount(2);
		panel.getByTestId("task-REGISTER").click();
		assertThat(panel.getByTestId("checklist-progress")).hasText("1 of 2 done");
		assertThat(panel.getByTestId("task-REGISTER")).isChecked();
		Locator second = panel.getByTestId("task-IDENTIFY_CONTACTS");
		second.focus();
		page.keyboard().press("Space");
		assertThat(panel.getByTestId("checklist-progress")).hasText("2 of 2 done");
		assertThat(panel.getByTestId("ready")).containsText("ready for Needs");

		panel.getByTestId("move-next").click();
		assertThat(page.getByTestId("deal-stage")).hasText("Needs");
		assertThat(page.getByTestId("notice")).hasText("Moved to the new stage.");
		assertThat(page.getByTestId("stage-history")).containsText("Registration → Needs");
		screenshot("opportunity");

		page.onceDialog(dialog -> dialog.accept());
		panel.getByTestId("mark-lost").click();
		panel.getByLabel("Why was it lost?").fill("客户预算冻结");
		panel.getByTestId("confirm-lost").click();
		assertThat(page.getByTestId("deal-status")).hasText("Lost");
		assertThat(page.getByTestId("lost-note")).containsText("客户预算冻结");
		assertThat(page.getByTestId("review-form")).isVisible();
		page.setViewportSize(390, 844);
		screenshot("opportunity-phone");
	}

}
