package io.guanxi.relationship;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

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
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The org chart page with its forms, the account's org section and the contact's career
 * section, as the server renders them.
 */
@IntegrationTest
class OrgChartPagesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	OrgService org;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	TestUser rep;

	String unique;

	long account;

	long boss;

	long engineer;

	@BeforeEach
	void anOrgWithAPromotion() {
		rep = users.create(Role.SALES_REP);
		unique = UUID.randomUUID().toString().substring(0, 8);
		account = as(() -> accounts.create(new SaveAccount("海康威视 " + unique, null)).id());
		boss = contactAt(account, "冯", "晓梅");
		engineer = contactAt(account, "王", "磊");
		as(() -> org.join(account, new JoinAccount(boss, "CFO", null, null, BuyingRole.ECONOMIC_BUYER,
				LocalDate.of(2015, 1, 1), null, null)));
		OrgPerson first = as(() -> org.join(account, new JoinAccount(engineer, "Engineer", null, boss, BuyingRole.USER,
				LocalDate.of(2019, 3, 1), null, null)));
		as(() -> org.change(first.positionId(), new ChangePosition(ChangeKind.PROMOTED, LocalDate.of(2022, 7, 1),
				"Engineering Manager", null, boss, BuyingRole.DECISION_MAKER, null)));
	}

	@Test
	void theAccountPageShowsTheKeyPeopleTheLatestChangesAndTheWayToTheChart() throws Exception {
		mvc.perform(get("/accounts/" + account).with(users.session(rep)).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Org chart &amp; key people"), containsString("Key people today"),
						containsString("★ Decision maker"), containsString("★ Economic buyer"),
						containsString("2 people on today&#39;s org chart"), containsString("Engineering Manager"),
						containsString("Promoted"), containsString("href=\"/accounts/" + account + "/org-chart\""))));
	}

	@Test
	void theContactPageShowsTheCareerAsATimeline() throws Exception {
		mvc.perform(get("/contacts/" + engineer).with(users.session(rep)).locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("职业履历"), containsString("晋升"), containsString("入职"),
					containsString("Engineer → Engineering Manager"), containsString("自 2022-07-01 起"))));
	}

	@Test
	void theChartPageListsThePeopleOfTheChosenDayAndHtmxGetsOnlyThatPart() throws Exception {
		mvc.perform(get("/accounts/" + account + "/org-chart").param("asOf", "2021-06-01")
			.with(users.session(rep))
			.locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html"), containsString("As of 2021-06-01"),
					containsString(">Engineer<"), not(containsString(">Engineering Manager<")),
					containsString("data-src=\"/accounts/" + account + "/org-chart/data?asOf=2021-06-01\""))));
		mvc.perform(get("/accounts/" + account + "/org-chart").param("asOf", "2014-06-01")
			.header("HX-Request", "true")
			.with(users.session(rep))
			.locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("<html")), containsString("id=\"org-dated\""),
					containsString("Nobody holds a position at 海康威视 " + unique + " on 2014-06-01."))));
		mvc.perform(
				get("/accounts/" + account + "/org-chart/data").param("asOf", "2023-01-01").with(users.session(rep)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.people[?(@.contactId == " + engineer + ")].title").value("Engineering Manager"));
	}

	@Test
	void theChartOfAnAccountTheUserMayNotReadIsNotFound() throws Exception {
		TestUser other = users.create(Role.SALES_REP);
		mvc.perform(get("/accounts/" + account + "/org-chart").with(users.session(other)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/accounts/" + account + "/org-chart/data").with(users.session(other)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theJoinFormExplainsWhatIsMissingInEnglishAndChinese() throws Exception {
		long newcomer = contactAt(account, "林", "思远");
		mvc.perform(joinWithoutTitle(newcomer).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Enter a title."),
					containsString("<details id=\"org-join\" class=\"card gx-org-form\" open"))));
		mvc.perform(joinWithoutTitle(newcomer).locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请输入职位。")));
		mvc.perform(post("/accounts/" + account + "/org-chart/positions").with(users.session(rep))
			.with(csrf())
			.locale(Locale.ENGLISH)
			.param("contactId", String.valueOf(engineer))
			.param("title", "Second hat")
			.param("from", "2023-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("already holds “Engineering Manager”")));
	}

	@Test
	void aPersonAddedThroughTheFormIsOnTheChartOfTheirFirstDay() throws Exception {
		long newcomer = contactAt(account, "林", "思远");
		mvc.perform(post("/accounts/" + account + "/org-chart/positions").with(users.session(rep))
			.with(csrf())
			.param("contactId", String.valueOf(newcomer))
			.param("title", "Ops Director")
			.param("reportsToContactId", String.valueOf(boss))
			.param("buyingRole", "INFLUENCER")
			.param("departmentId", "")
			.param("from", "2024-02-01"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/accounts/" + account + "/org-chart?asOf=2024-02-01"))
			.andExpect(flash().attribute("savedKey", "relationship.org.saved.joined"));

		assertThat(as(() -> org.orgChart(account, LocalDate.of(2024, 2, 1)).people()))
			.filteredOn(person -> person.contactId() == newcomer)
			.singleElement()
			.satisfies(person -> {
				assertThat(person.title()).isEqualTo("Ops Director");
				assertThat(person.reportsToContactId()).isEqualTo(boss);
				assertThat(person.buyingRole()).isEqualTo(BuyingRole.INFLUENCER);
			});
	}

	@Test
	void aDepartureToAnAccountTypedByNameLinksTheCareerToIt() throws Exception {
		long next = as(() -> accounts.create(new SaveAccount("大华股份 " + unique, null)).id());
		long position = as(() -> org.orgChart(account, LocalDate.of(2024, 1, 1)).people()).stream()
			.filter(person -> person.contactId() == engineer)
			.findFirst()
			.orElseThrow()
			.positionId();

		mvc.perform(post("/accounts/" + account + "/org-chart/departures").with(users.session(rep))
			.with(csrf())
			.param("positionId", String.valueOf(position))
			.param("on", "2024-03-01")
			.param("newCompany", "大华股份 " + unique))
			.andExpect(redirectedUrl("/accounts/" + account + "/org-chart?asOf=2024-03-01"));

		PersonnelChangeView left = as(() -> org.changes(account, 1)).get(0);
		assertThat(left.kind()).isEqualTo(ChangeKind.LEFT);
		assertThat(left.newAccountId()).isEqualTo(next);
		assertThat(left.newCompanyName()).isNull();
	}

	@Test
	void aDepartmentInUseIsNotDeletedAndTheReasonIsShown() throws Exception {
		mvc.perform(post("/accounts/" + account + "/org-chart/departments").with(users.session(rep))
			.with(csrf())
			.param("name", "财务部")).andExpect(status().is3xxRedirection());
		DepartmentView finance = as(() -> org.departments(account)).get(0);
		long position = as(() -> org.orgChart(account, LocalDate.of(2024, 1, 1)).people()).stream()
			.filter(person -> person.contactId() == boss)
			.findFirst()
			.orElseThrow()
			.positionId();
		as(() -> org.change(position, new ChangePosition(ChangeKind.TRANSFERRED, LocalDate.of(2024, 1, 2), "CFO",
				finance.id(), null, BuyingRole.ECONOMIC_BUYER, null)));

		mvc.perform(post("/accounts/" + account + "/org-chart/departments/" + finance.id() + "/delete")
			.with(users.session(rep))
			.with(csrf())
			.locale(Locale.ENGLISH)
			.param("version", String.valueOf(finance.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Department “财务部” still has positions")));
		assertThat(as(() -> org.departments(account))).extracting(DepartmentView::name).containsExactly("财务部");
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder joinWithoutTitle(long contact) {
		return post("/accounts/" + account + "/org-chart/positions").with(users.session(rep))
			.with(csrf())
			.param("asOf", "2024-01-01")
			.param("contactId", String.valueOf(contact))
			.param("title", " ")
			.param("from", "2024-01-01");
	}

	private long contactAt(long accountId, String family, String given) {
		return as(() -> contacts.createAt(accountId, SaveContact.named(family, given)).id());
	}

	private <T> T as(java.util.function.Supplier<T> work) {
		return users.as(rep, work);
	}

}
