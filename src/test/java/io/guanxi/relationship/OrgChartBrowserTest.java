package io.guanxi.relationship;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.guanxi.BrowserSupport;
import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.ContactService;
import io.guanxi.customer.SaveAccount;
import io.guanxi.customer.SaveContact;
import io.guanxi.platform.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class OrgChartBrowserTest extends BrowserSupport {

	@Autowired
	TestUsers users;

	@Autowired
	OrgService org;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	TestUser rep;

	long account;

	String today;

	@BeforeEach
	void anOrgWithHistory() {
		rep = users.create(Role.SALES_REP);
		today = LocalDate.now().toString();
		account = as(
				() -> accounts.create(new SaveAccount("华为技术 " + UUID.randomUUID().toString().substring(0, 6), null))
					.id());
		long other = as(
				() -> accounts.create(new SaveAccount("腾讯 " + UUID.randomUUID().toString().substring(0, 6), null))
					.id());
		DepartmentView it = as(() -> org.createDepartment(account, new SaveDepartment("信息中心", null)));
		DepartmentView buying = as(() -> org.createDepartment(account, new SaveDepartment("采购部", null)));
		long vp = contactAt("郭", "志远");
		long chen = contactAt("陈", "静");
		long sun = contactAt("孙", "浩");
		long zhao = contactAt("赵", "磊");
		long liu = contactAt("刘", "建国");
		contactAt("王", "芳");
		join(vp, "副总裁", null, null, BuyingRole.DECISION_MAKER, "2015-01-01");
		OrgPerson sunHead = join(sun, "信息中心主任", it.id(), vp, BuyingRole.CHAMPION, "2016-05-01");
		OrgPerson chenDeputy = join(chen, "信息中心副主任", it.id(), sun, BuyingRole.INFLUENCER, "2019-02-01");
		join(zhao, "IT 经理", it.id(), chen, BuyingRole.TECHNICAL_EVALUATOR, "2021-04-01");
		join(liu, "采购总监", buying.id(), vp, BuyingRole.ECONOMIC_BUYER, "2018-09-01");
		as(() -> org.leave(sunHead.positionId(), new LeaveAccount(LocalDate.of(2022, 3, 1), other, null, null)));
		as(() -> org.change(chenDeputy.positionId(), new ChangePosition(ChangeKind.PROMOTED, LocalDate.of(2022, 3, 1),
				"信息中心主任", it.id(), vp, BuyingRole.CHAMPION, "接替孙浩")));
	}

	@Test
	void movingTheDateBackShowsTheEarlierStructure() {
		signIn(rep.username(), TestUsers.PASSWORD);
		page.navigate(url("/accounts/" + account));
		page.getByTestId("org-chart-link").click();

		assertThat(page.getByTestId("org-canvas")).hasAttribute("data-drawn", today);
		assertThat(cards()).contains("陈静|信息中心主任", "赵磊|IT 经理", "郭志远|副总裁").noneMatch(card -> card.startsWith("孙浩"));
		assertThat(personRow("陈静")).containsText("信息中心主任");
		assertThat(page.getByTestId("org-person")).hasCount(4);
		screenshot("org-chart-desktop");

		page.getByTestId("org-asof").fill("2021-06-01");
		assertThat(page.getByTestId("org-canvas")).hasAttribute("data-drawn", "2021-06-01");
		assertThat(cards()).contains("孙浩|信息中心主任", "陈静|信息中心副主任");
		assertThat(personRow("孙浩")).containsText("信息中心主任");
		assertThat(personRow("陈静")).containsText("信息中心副主任");
		assertThat(page).hasURL(java.util.regex.Pattern.compile("asOf=2021-06-01"));

		// the slider's first step is the month the history starts: only the vice
		// president then
		page.getByTestId("org-slider").fill("0");
		assertThat(page.getByTestId("org-canvas")).hasAttribute("data-drawn", "2015-01-01");
		assertThat(page.getByTestId("org-person")).hasCount(1);
		assertThat(cards()).containsExactly("郭志远|副总裁");

		page.getByTestId("org-asof").fill("2014-06-01");
		assertThat(page.getByTestId("org-empty")).isVisible();
		assertThat(page.getByTestId("org-person")).hasCount(0);

		page.setViewportSize(390, 844);
		page.navigate(url("/accounts/" + account + "/org-chart"));
		assertThat(page.getByTestId("org-canvas")).hasAttribute("data-drawn", today);
		screenshot("org-chart-phone");
	}

	@Test
	void aPersonIsAddedThroughTheForm() {
		signIn(rep.username(), TestUsers.PASSWORD);
		page.navigate(url("/accounts/" + account + "/org-chart"));
		page.locator("#org-join summary").click();
		Locator form = page.getByTestId("org-join-form");
		form.getByLabel("Person").selectOption(new SelectOption().setLabel("王芳"));
		form.getByRole(AriaRole.BUTTON).click();
		assertThat(page.getByTestId("org-join-form")).containsText("Enter a title.");

		form = page.getByTestId("org-join-form");
		form.getByLabel("Title").fill("采购经理");
		form.getByLabel("Department").selectOption(new SelectOption().setLabel("采购部"));
		form.getByLabel("Reports to").selectOption(new SelectOption().setLabel("刘建国"));
		form.getByLabel("Buying role").selectOption("GATEKEEPER");
		form.getByLabel("From").fill("2023-05-01");
		form.getByRole(AriaRole.BUTTON).click();

		assertThat(page.getByTestId("org-saved")).containsText("王芳 joined as 采购经理.");
		assertThat(page.getByTestId("org-canvas")).hasAttribute("data-drawn", "2023-05-01");
		assertThat(cards()).contains("王芳|采购经理");
		assertThat(personRow("王芳")).containsText("刘建国");
		assertThat(personRow("王芳")).containsText("Gatekeeper");
		screenshot("org-chart-added");
	}

	@SuppressWarnings("unchecked")
	private List<String> cards() {
		return (List<String>) page.evaluate(
				"() => window.gxOrgChart.nodes('.person').map(card => card.data('name') + '|' + card.data('title'))");
	}

	private Locator personRow(String name) {
		return page.getByTestId("org-person")
			.filter(new Locator.FilterOptions().setHas(page.locator("th", new Page.LocatorOptions().setHasText(name))));
	}

	private OrgPerson join(long contact, String title, Long department, Long reportsTo, BuyingRole role, String from) {
		return as(() -> org.join(account,
				new JoinAccount(contact, title, department, reportsTo, role, LocalDate.parse(from), null, null)));
	}

	private long contactAt(String family, String given) {
		return as(() -> contacts.createAt(account, SaveContact.named(family, given)).id());
	}

	private <T> T as(java.util.function.Supplier<T> work) {
		return users.as(rep, work);
	}

}
