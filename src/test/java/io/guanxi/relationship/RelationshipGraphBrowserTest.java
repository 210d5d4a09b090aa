package io.guanxi.relationship;

import java.math.BigDecimal;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import io.guanxi.BrowserSupport;
import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.ContactService;
import io.guanxi.customer.LogInteraction;
import io.guanxi.customer.SaveAccount;
import io.guanxi.customer.SaveContact;
import io.guanxi.customer.TimelineEntry.Channel;
import io.guanxi.customer.TimelineEntry.Direction;
import io.guanxi.customer.TimelineService;
import io.guanxi.platform.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The relationship graph in a browser: the network view grows when a node is clicked; a
 * related company is added on its form and shows in the group; a contact's relationships.
 */
@IntegrationTest
class RelationshipGraphBrowserTest extends BrowserSupport {

	@Autowired
	TestUsers users;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	CompanyLinks links;

	@Autowired
	PersonTies ties;

	@Autowired
	OrgService orgService;

	@Autowired
	TimelineService timeline;

	TestUser rep;

	String unique;

	@BeforeEach
	void signInAsRep() {
		rep = users.create(Role.SALES_REP);
		unique = UUID.randomUUID().toString().substring(0, 4);
		signIn(rep.username(), TestUsers.PASSWORD);
	}

	@Test
	void clickingACompanyInTheNetworkShowsWhatIsAroundIt() {
		long focus = account("华为技术");
		long supplier = account("富士康");
		long partner = account("立讯精密");
		long buyer = contact("郭", "采购");
		link(focus, supplier, CompanyLinkKind.CUSTOMER, null);
		link(supplier, partner, CompanyLinkKind.PARTNER, null);
		join(focus, contact("任", "总"), BuyingRole.DECISION_MAKER);
		join(focus, contact("孟", "财务"), BuyingRole.ECONOMIC_BUYER);
		join(supplier, buyer, BuyingRole.CHAMPION);

		page.navigate(url("/accounts/" + focus + "/network?depth=1"));
		Locator graph = page.getByTestId("network-graph");
		assertThat(graph).hasAttribute("data-ready", "true");
		assertThat(page.locator("[data-node='contact:" + buyer + "']")).hasCount(0);

		click(graph, "account:" + supplier);
		assertThat(graph).hasAttribute("data-ready", "true");

		assertThat(page.locator("[data-node='contact:" + buyer + "']")).containsText("郭采购");
		assertThat(page.locator("[data-node='account:" + partner + "']")).containsText("立讯精密");
		assertThat(page.getByTestId("network-status")).containsText("2 added");
		org.assertj.core.api.Assertions.assertThat(drawn(graph, "contact:" + buyer)).isTrue();
		screenshot("relationship-network");

		// keyboards get the same through the list under the graph
		page.locator("[data-node='account:" + partner + "']")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Show what is around: 立讯精密 " + unique))
			.click();
		assertThat(page.getByTestId("network-status")).containsText("Nothing more around 立讯精密");
	}

	@Test
	void aParentAddedOnTheFormShowsTheGroup() {
		long holding = account("比亚迪集团");
		long subsidiary = account("比亚迪电子");
		link(holding, account("弗迪电池"), CompanyLinkKind.SHAREHOLDER, new BigDecimal("100"));

		page.navigate(url("/accounts/" + subsidiary));
		page.getByTestId("related-companies").getByText("Add").click();
		page.waitForURL(java.util.regex.Pattern.compile(".*/company-links/new"));
		awaitScripts();
		page.getByLabel("Find the other company").fill("比亚迪集团 " + unique);
		page.getByTestId("link-candidates").getByText("比亚迪集团 " + unique).click();
		page.getByLabel("To this company it is the…").selectOption("IN_PARENT");
		page.getByLabel("From").fill("2019-03-01");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

		Locator section = page.getByTestId("related-companies");
		assertThat(section.getByTestId("company-link")).containsText("Parent company");
		assertThat(section.getByTestId("company-link")).containsText("Since 2019-03-01");
		section.screenshot(new Locator.ScreenshotOptions()
			.setPath(Paths.get("target", "screenshots", "relationship-related-companies.png")));
		section.getByTestId("group-link").click();
		Locator current = page.locator("[data-testid='group-member'][data-current='true']");
		assertThat(current).containsText("比亚迪电子 " + unique);
		assertThat(page.getByTestId("group-tree")).containsText("弗迪电池 " + unique);
		assertThat(page.getByTestId("group-tree")).containsText("100 % owned");
		screenshot("relationship-group");

		page.navigate(url("/accounts/" + subsidiary));
		page.onceDialog(dialog -> dialog.accept());
		page.getByTestId("related-companies")
			.getByRole(AriaRole.BUTTON,
					new Locator.GetByRoleOptions().setName("End the link to 比亚迪集团 " + unique + " today"))
			.click();
		assertThat(page.getByTestId("company-link")).containsText("Ended");
	}

	@Test
	void theContactShowsTiesAndWhoOfUsKnowsThem() {
		TestUser colleague = users.create(Role.SALES_REP);
		long person = contact("王", "总");
		long mentor = contact("李", "教授");
		users.as(rep, () -> ties.create(new SavePersonTie(mentor, person, PersonTieKind.MENTOR, 5,
				LocalDate.of(2008, 9, 1), null, "清华大学博士导师")));
		users.as(rep, () -> ties.create(new SavePersonTie(person, contact("赵", "经理"), PersonTieKind.FORMER_COLLEAGUE, 3,
				LocalDate.of(2012, 1, 1), LocalDate.of(2016, 6, 1), null)));
		users.as(rep, () -> timeline.log(new LogInteraction(null, Channel.MEETING, Direction.OUTBOUND, "方案交流", null,
				null, Instant.now().minus(Duration.ofDays(3)), 45, List.of(person), List.of(colleague.id()))));

		page.navigate(url("/contacts/" + person));
		Locator section = page.getByTestId("relationships");
		assertThat(section.getByTestId("person-tie").first()).containsText("Mentor");
		assertThat(section.getByTestId("who-knows")).containsText("from the timeline");

		section.getByLabel("How well do you know them?").selectOption("4");
		section.getByLabel("How you know them").fill("同一个校友会");
		section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();

		assertThat(page.getByTestId("who-knows")).containsText("同一个校友会");
		assertThat(page.getByTestId("who-knows").locator("tbody tr").first()).containsText("Test " + rep.username());
		page.getByTestId("relationships").scrollIntoViewIfNeeded();
		page.getByTestId("relationships")
			.screenshot(new Locator.ScreenshotOptions()
				.setPath(Paths.get("target", "screenshots", "relationship-contact.png")));
	}

	/** Clicks a node on the Cytoscape canvas where it is drawn. */
	private void click(Locator graph, String nodeId) {
		// instantly: Bootstrap scrolls smoothly, and the box would still be moving when
		// measured
		graph.evaluate("box => box.scrollIntoView({block: 'center', behavior: 'instant'})");
		@SuppressWarnings("unchecked")
		Map<String, Number> at = (Map<String, Number>) graph
			.evaluate("(box, id) => box.gxGraph.getElementById(id).renderedPosition()", nodeId);
		BoundingBox box = graph.boundingBox();
		page.mouse().click(box.x + at.get("x").doubleValue(), box.y + at.get("y").doubleValue());
	}

	private static boolean drawn(Locator graph, String nodeId) {
		return (Boolean) graph.evaluate("(box, id) => box.gxGraph.getElementById(id).nonempty()", nodeId);
	}

	private void link(long from, long to, CompanyLinkKind kind, BigDecimal share) {
		users.as(rep, () -> links.create(new SaveCompanyLink(from, to, kind, share, null, null, null)));
	}

	private void join(long account, long contact, BuyingRole role) {
		users.as(rep, () -> orgService.join(account,
				new JoinAccount(contact, "总监", null, null, role, LocalDate.of(2020, 1, 1), null, null)));
	}

	private long account(String name) {
		return users.as(rep, () -> accounts.create(new SaveAccount(name + " " + unique, null)).id());
	}

	private long contact(String family, String given) {
		return users.as(rep, () -> contacts.create(SaveContact.named(family, given)).id());
	}

}
