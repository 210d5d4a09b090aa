package io.guanxi.relationship.alerts;

import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import io.guanxi.BrowserSupport;
import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.ContactService;
import io.guanxi.customer.SaveAccount;
import io.guanxi.customer.SaveContact;
import io.guanxi.platform.Notifications;
import io.guanxi.platform.Role;
import io.guanxi.relationship.BuyingRole;
import io.guanxi.relationship.ChangeKind;
import io.guanxi.relationship.ChangePosition;
import io.guanxi.relationship.JoinAccount;
import io.guanxi.relationship.LeaveAccount;
import io.guanxi.relationship.OrgPerson;
import io.guanxi.relationship.OrgService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

@IntegrationTest
class KeyPersonAlertsBrowserTest extends BrowserSupport {

	static final LocalDate JOINED = LocalDate.now().minusYears(4);

	static final LocalDate CHANGED = LocalDate.now().minusWeeks(3);

	@Autowired
	TestUsers users;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	OrgService org;

	@Autowired
	Notifications notifications;

	@Test
	void theOwnerFollowsTheBellToTheAccountThatShowsTheChange() {
		TestUser manager = users.create(Role.SALES_MANAGER);
		TestUser owner = users.create(Role.SALES_REP, manager);
		long account = users.as(owner, () -> accounts.create(new SaveAccount("北京字节跳动科技有限公司", null)).id());
		long zhang = users.as(owner, () -> contacts.create(SaveContact.named("张", "伟")).id());
		long li = users.as(owner, () -> contacts.create(SaveContact.named("李", "娜")).id());
		users.as(manager, () -> {
			OrgPerson cto = org.join(account,
					new JoinAccount(zhang, "首席技术官", null, null, BuyingRole.DECISION_MAKER, JOINED, null, null));
			OrgPerson buyer = org.join(account,
					new JoinAccount(li, "采购经理", null, null, BuyingRole.CHAMPION, JOINED, null, null));
			org.change(buyer.positionId(), new ChangePosition(ChangeKind.PROMOTED, CHANGED.plusDays(1), "采购总监", null,
					null, BuyingRole.ECONOMIC_BUYER, "接管全国采购"));
			return org.leave(cto.positionId(), new LeaveAccount(CHANGED, null, "星辰智能科技", "去创业了"));
		});
		await().atMost(Duration.ofSeconds(20)).until(() -> users.as(owner, notifications::unreadCount) == 2);

		signIn(owner.username(), TestUsers.PASSWORD);
		Locator count = page.getByTestId("notification-count");
		assertThat(count).hasText("2");
		page.locator("nav.gx-navbar").screenshot(new Locator.ScreenshotOptions().setPath(shot("alerts-header-bell")));

		page.getByTestId("notification-bell").click();
		page.waitForURL(address -> address.endsWith("/notifications"));
		awaitScripts();
		Locator items = page.getByTestId("notification");
		assertThat(items).hasCount(2);
		// the two events are handled in parallel: either may come first
		Locator promoted = items.filter(
				new Locator.FilterOptions().setHasText("李娜 at 北京字节跳动科技有限公司 was promoted on " + CHANGED.plusDays(1)));
		Locator left = items.filter(new Locator.FilterOptions()
			.setHasText("张伟 (Decision maker) left 北京字节跳动科技有限公司 on " + CHANGED + " and moved to 星辰智能科技."));
		assertThat(promoted).hasCount(1);
		assertThat(left).hasCount(1);
		screenshot("alerts-notifications");

		promoted.getByTestId("mark-read").click();
		assertThat(count).hasText("1");
		assertThat(promoted.getByTestId("mark-read")).hasCount(0);

		left.getByTestId("notification-link").click();
		page.waitForURL(address -> address.contains("/accounts/" + account));
		awaitScripts();
		assertThat(page.getByTestId("notification-count")).hasCount(0);
		Locator section = page.getByTestId("key-people-changes");
		assertThat(section.getByRole(AriaRole.HEADING)).hasText("Key people changes");
		Locator changes = section.getByTestId("key-person-change");
		assertThat(changes).hasCount(2);
		assertThat(changes.nth(1)).containsText("张伟");
		assertThat(changes.nth(1)).containsText("Left");
		assertThat(changes.nth(1)).containsText("首席技术官");
		assertThat(changes.nth(1)).containsText("Now at 星辰智能科技");
		assertThat(changes.first()).containsText("采购经理");
		assertThat(changes.first()).containsText("采购总监");
		section.screenshot(new Locator.ScreenshotOptions().setPath(shot("alerts-account-section")));

		changes.nth(1).getByTestId("add-prospect").click();
		page.waitForURL(address -> address.contains("/accounts/new"));
		assertThat(page.getByLabel("Name", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)))
			.hasValue("星辰智能科技");
		assertThat(page.locator("#lifecycleStage")).hasValue("PROSPECT");

		page.navigate(url("/notifications"));
		page.getByTestId("lang-zh").click();
		assertThat(page.getByTestId("notifications"))
			.containsText("张伟（决策者）已于 " + CHANGED + " 离开北京字节跳动科技有限公司，去了星辰智能科技。");
		page.setViewportSize(390, 844);
		screenshot("alerts-notifications-zh-phone");
	}

	private static java.nio.file.Path shot(String name) {
		return Paths.get("target", "screenshots", name + ".png");
	}

}
