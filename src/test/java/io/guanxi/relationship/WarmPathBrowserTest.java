package io.guanxi.relationship;

import java.time.LocalDate;

import com.microsoft.playwright.Locator;
import io.guanxi.BrowserSupport;
import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.ContactService;
import io.guanxi.customer.SaveAccount;
import io.guanxi.customer.SaveContact;
import io.guanxi.platform.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@IntegrationTest
class WarmPathBrowserTest extends BrowserSupport {

	@Autowired
	TestUsers users;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	PersonTies ties;

	@Autowired
	CompanyLinks links;

	@Autowired
	OrgService org;

	@Test
	void askHowToReachAContactAndSeeThePathThroughTheIntermediary() {
		TestUser rep = users.create(Role.SALES_REP);
		TestUser admin = users.create(Role.ADMIN);
		TestUser colleague = users.create(Role.SALES_REP);
		long target = users.as(rep, () -> contacts.create(SaveContact.named("刘", "总")).id());
		long intermediary = users.as(rep, () -> contacts.create(SaveContact.named("张", "伟")).id());
		long seller = users.as(rep, () -> contacts.create(SaveContact.named("李", "娜")).id());
		long supplier = users.as(rep, () -> accounts.create(new SaveAccount("华为技术有限公司", null)).id());
		long buyer = users.as(rep, () -> accounts.create(new SaveAccount("比亚迪股份有限公司", null)).id());
		users.as(rep, () -> org.join(buyer, join(target, "采购总监")));
		users.as(rep, () -> org.join(supplier, join(seller, "Key Account Manager")));
		users.as(rep, () -> links
			.create(new SaveCompanyLink(supplier, buyer, CompanyLinkKind.SUPPLIER, null, null, null, null)));
		users.as(rep, () -> ties
			.create(new SavePersonTie(intermediary, target, PersonTieKind.FORMER_COLLEAGUE, 4, null, null, null)));
		users.as(admin, () -> ties.know(new SaveUserTie(rep.id(), intermediary, 5, null)));
		users.as(admin, () -> ties.know(new SaveUserTie(colleague.id(), seller, 4, null)));
		signIn(rep.username(), TestUsers.PASSWORD);

		page.navigate(url("/contacts/" + target));
		awaitScripts();
		Locator section = page.getByTestId("warm-paths");
		assertThat(section).containsText("How do we reach this person?");
		section.getByTestId("warm-paths-find").click();

		Locator list = section.getByTestId("warm-path-list");
		Locator best = list.locator("li").first();
		assertThat(best).containsText("Test " + rep.username());
		assertThat(best).containsText("张伟");
		assertThat(best).containsText("former colleague of");
		assertThat(best).containsText("刘总");
		assertThat(list.locator("li").nth(1)).containsText("supplier of");
		assertThat(section.locator("[data-warm-path-graph] canvas").first()).isAttached();
		screenshot("warm-paths");

		page.setViewportSize(390, 844);
		screenshot("warm-paths-phone");

		page.setViewportSize(1280, 800);
		page.getByTestId("lang-zh").click();
		awaitScripts();
		assertThat(section).containsText("怎样才能联系上此人？");
		section.getByTestId("warm-paths-find").click();
		assertThat(list.locator("li").first()).containsText("前同事");
		assertThat(list.locator("li").nth(1)).containsText("是其供应商");
		screenshot("warm-paths-zh");
	}

	@Test
	void aContactNobodyCanReachShowsTheEmptyState() {
		TestUser rep = users.create(Role.SALES_REP);
		long lonely = users.as(rep, () -> contacts.create(SaveContact.named("孤", "独")).id());
		signIn(rep.username(), TestUsers.PASSWORD);

		page.navigate(url("/contacts/" + lonely));
		awaitScripts();
		Locator section = page.getByTestId("warm-paths");
		section.getByLabel("How many steps at most").selectOption("2");
		section.getByTestId("warm-paths-find").click();

		assertThat(section.getByTestId("warm-paths-empty")).containsText("No warm path was found within 2 steps.");
	}

	private static JoinAccount join(long contact, String title) {
		return new JoinAccount(contact, title, null, null, null, LocalDate.of(2021, 5, 1), null, null);
	}

}
