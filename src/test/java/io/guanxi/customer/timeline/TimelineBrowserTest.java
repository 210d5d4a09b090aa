package io.guanxi.customer.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.SelectOption;
import io.guanxi.BrowserSupport;
import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.LogInteraction;
import io.guanxi.customer.SaveAccount;
import io.guanxi.customer.TimelineEntry.Channel;
import io.guanxi.customer.TimelineEntry.Direction;
import io.guanxi.customer.TimelineService;
import io.guanxi.platform.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class TimelineBrowserTest extends BrowserSupport {

	@Autowired
	TestUsers users;

	@Autowired
	AccountService accounts;

	@Autowired
	TimelineService timeline;

	@Autowired
	JdbcClient jdbc;

	@Test
	void logACallInlineAndSeeItOnTopWithoutReloadingThePage() {
		TestUser rep = users.create(Role.SALES_REP);
		long account = users.as(rep, () -> accounts.create(new SaveAccount("杭州海康威视数字技术股份有限公司", null)).id());
		long contact = contact("陈静", rep, account);
		contact("刘洋", rep, account);
		Instant start = Instant.now().minus(Duration.ofDays(400));
		for (int i = 0; i < 11; i++) {
			int n = i;
			users.as(rep, () -> timeline.log(new LogInteraction(account, n % 2 == 0 ? Channel.EMAIL : Channel.VISIT,
					Direction.OUTBOUND, "历史记录 " + n, "第 " + n + " 次跟进。", n % 3 == 0 ? "客户有兴趣" : null,
					start.plus(Duration.ofDays(30L * n)), n % 2 == 0 ? null : 45, List.of(contact), List.of())));
		}
		signIn(rep.username(), TestUsers.PASSWORD);
		page.navigate(url("/accounts/" + account));
		awaitScripts();
		page.evaluate("() => window.gxNoReload = true");

		Locator entries = page.getByTestId("timeline-entry");
		assertThat(entries).hasCount(10);
		page.getByTestId("timeline-more").getByRole(com.microsoft.playwright.options.AriaRole.LINK).click();
		assertThat(entries).hasCount(12);
		assertThat(page.getByTestId("timeline-more")).hasCount(0);

		page.getByTestId("timeline-log").click();
		Locator form = page.getByTestId("timeline-log-form");
		form.getByLabel("Subject").fill("");
		form.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();
		assertThat(page.getByTestId("timeline-log-form")).containsText("Enter a subject.");
		screenshot("timeline-form-error");

		form = page.getByTestId("timeline-log-form");
		form.getByLabel("Channel").selectOption("CALL");
		form.getByLabel("Subject").fill("电话沟通需求");
		form.getByLabel("Minutes").fill("20");
		form.getByLabel("Outcome").fill("约定下周拜访");
		form.getByLabel("Contacts who took part").selectOption(new SelectOption().setLabel("陈静"));
		form.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();

		assertThat(entries.first().getByTestId("timeline-subject")).hasText("电话沟通需求");
		assertThat(entries.first()).containsText("陈静");
		assertThat(entries.first()).containsText("约定下周拜访");
		assertThat(entries.first()).containsText("20 min");
		assertThat(page.getByTestId("timeline-log-form")).isHidden();
		assertThat((Boolean) page.evaluate("() => window.gxNoReload === true")).isTrue();
		screenshot("timeline-account");

		page.getByTestId("timeline-filter").selectOption("VISIT");
		assertThat(entries).hasCount(5);
		page.getByTestId("timeline-filter").selectOption("");
		assertThat(entries.first().getByTestId("timeline-subject")).hasText("电话沟通需求");

		page.onceDialog(dialog -> dialog.accept());
		entries.first().getByText("Delete").click();
		assertThat(entries.first().getByTestId("timeline-subject")).not().hasText("电话沟通需求");
		assertThat((Boolean) page.evaluate("() => window.gxNoReload === true")).isTrue();
	}

	@Test
	void correctAnInteractionInPlace() {
		TestUser rep = users.create(Role.SALES_REP);
		long account = users.as(rep, () -> accounts.create(new SaveAccount("Siemens Ltd., China", null)).id());
		users.as(rep, () -> timeline.log(new LogInteraction(account, Channel.MEETING, Direction.OUTBOUND,
				"Technical workshop", null, null, Instant.now().minus(Duration.ofDays(2)), 90, List.of(), List.of())));
		signIn(rep.username(), TestUsers.PASSWORD);
		page.navigate(url("/accounts/" + account));
		awaitScripts();

		Locator workshop = page.getByTestId("timeline-entry")
			.filter(new Locator.FilterOptions().setHasText("Technical workshop"));
		workshop.getByText("Edit").click();
		Locator edit = page.getByTestId("timeline-edit");
		edit.getByLabel("Outcome").fill("Needs SSO with Azure AD");
		edit.getByText("Save").click();
		assertThat(workshop).containsText("Needs SSO with Azure AD");
		assertThat(page.getByTestId("timeline-edit")).hasCount(0);
		page.setViewportSize(390, 844);
		screenshot("timeline-phone");
	}

	private long contact(String name, TestUser owner, long accountId) {
		long id = jdbc.sql("select nextval('customer_contact_seq')").query(Long.class).single();
		jdbc.sql("""
				insert into customer_contact (id, full_name, owner_id, do_not_contact, version, created_at, updated_at)
				values (:id, :name, :owner, false, 0, current_timestamp, current_timestamp)
				""").param("id", id).param("name", name).param("owner", owner.id()).update();
		jdbc.sql("""
				insert into customer_account_contact (account_id, contact_id, is_primary, created_at)
				values (:account, :contact, false, current_timestamp)
				""").param("account", accountId).param("contact", id).update();
		return id;
	}

}
