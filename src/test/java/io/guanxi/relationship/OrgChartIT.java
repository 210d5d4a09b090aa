package io.guanxi.relationship;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.ContactService;
import io.guanxi.customer.Duplicates;
import io.guanxi.customer.MergeRecords;
import io.guanxi.customer.SaveAccount;
import io.guanxi.customer.SaveContact;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Org charts over time: positions, personnel changes and the rules that keep a chart
 * drawable on any day.
 */
@IntegrationTest
class OrgChartIT {

	static final LocalDate JOINED = LocalDate.of(2020, 3, 1);

	static final LocalDate PROMOTED = LocalDate.of(2022, 7, 1);

	static final LocalDate MOVED = LocalDate.of(2024, 1, 15);

	@Autowired
	TestUsers users;

	@Autowired
	OrgService org;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	Duplicates duplicates;

	@Autowired
	MockMvc mvc;

	TestUser rep;

	String unique;

	@BeforeEach
	void rep() {
		rep = users.create(Role.SALES_REP);
		unique = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aPersonPromotedAndThenMovedShowsInTheRightChartOnEachDay() {
		long huawei = account("华为 " + unique);
		long tencent = account("腾讯 " + unique);
		long boss = contact("任", "总");
		long zhang = contact("张", "伟");
		as(() -> org.join(huawei, join(boss, "CEO", null, BuyingRole.ECONOMIC_BUYER, LocalDate.of(2010, 1, 1))));
		OrgPerson engineer = as(() -> org.join(huawei, join(zhang, "Engineer", boss, BuyingRole.USER, JOINED)));
		OrgPerson manager = as(() -> org.change(engineer.positionId(), new ChangePosition(ChangeKind.PROMOTED, PROMOTED,
				"Engineering Manager", null, boss, BuyingRole.DECISION_MAKER, "Took over the team")));
		as(() -> org.leave(manager.positionId(), new LeaveAccount(MOVED, tencent, null, null)));
		as(() -> org.join(tencent, join(zhang, "CTO", null, BuyingRole.DECISION_MAKER, MOVED)));

		assertThat(chart(huawei, LocalDate.of(2021, 6, 1)))
			.extracting(OrgPerson::name, OrgPerson::title, OrgPerson::reportsToContactId)
			.containsExactlyInAnyOrder(tuple("任总", "CEO", null), tuple("张伟", "Engineer", boss));
		assertThat(chart(huawei, LocalDate.of(2023, 6, 1))).extracting(OrgPerson::name, OrgPerson::title)
			.containsExactlyInAnyOrder(tuple("任总", "CEO"), tuple("张伟", "Engineering Manager"));
		assertThat(chart(huawei, LocalDate.of(2025, 6, 1))).extracting(OrgPerson::name).containsExactly("任总");
		assertThat(chart(tencent, LocalDate.of(2023, 6, 1))).isEmpty();
		assertThat(chart(tencent, LocalDate.of(2025, 6, 1))).extracting(OrgPerson::name, OrgPerson::title)
			.containsExactly(tuple("张伟", "CTO"));
		// the day of a change belongs to the new position
		assertThat(chart(huawei, PROMOTED)).extracting(OrgPerson::title).contains("Engineering Manager");

		Career career = as(() -> org.career(zhang));
		assertThat(career.positions())
			.extracting(OrgPerson::accountName, OrgPerson::title, OrgPerson::validFrom, OrgPerson::validTo)
			.containsExactly(tuple("华为 " + unique, "Engineer", JOINED, PROMOTED),
					tuple("华为 " + unique, "Engineering Manager", PROMOTED, MOVED),
					tuple("腾讯 " + unique, "CTO", MOVED, null));
		assertThat(career.changes()).extracting(PersonnelChangeView::kind, PersonnelChangeView::effectiveOn)
			.containsExactly(tuple(ChangeKind.JOINED, JOINED), tuple(ChangeKind.PROMOTED, PROMOTED),
					tuple(ChangeKind.LEFT, MOVED), tuple(ChangeKind.JOINED, MOVED));
		assertThat(career.changes().get(2).newAccountName()).isEqualTo("腾讯 " + unique);
	}

	@Test
	void twoOverlappingTitlesInOneDepartmentAreRefusedButARoleInAnotherDepartmentIsAllowed() {
		long account = account("Overlap " + unique);
		long person = contact("李", "娜");
		DepartmentView sales = as(() -> org.createDepartment(account, new SaveDepartment("Sales", null)));
		DepartmentView board = as(() -> org.createDepartment(account, new SaveDepartment("Board", null)));
		as(() -> org.join(account, new JoinAccount(person, "Sales Director", sales.id(), null, null,
				LocalDate.of(2021, 1, 1), null, null)));

		assertThatThrownBy(() -> as(() -> org.join(account,
				new JoinAccount(person, "Key Account Manager", sales.id(), null, null, LocalDate.of(2022, 1, 1), null,
						null))))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("relationship.position.error.overlap");
		// a position that ended before the other starts is no overlap
		as(() -> org.join(account, new JoinAccount(person, "Sales Rep", sales.id(), null, null,
				LocalDate.of(2018, 1, 1), LocalDate.of(2021, 1, 1), null)));
		as(() -> org.join(account,
				new JoinAccount(person, "Board Member", board.id(), null, null, LocalDate.of(2022, 1, 1), null, null)));

		assertThat(chart(account, LocalDate.of(2023, 1, 1))).extracting(OrgPerson::title, OrgPerson::departmentName)
			.containsExactlyInAnyOrder(tuple("Sales Director", "Sales"), tuple("Board Member", "Board"));
	}

	@Test
	void aReportingLineThatGoesRoundInACircleIsRefused() {
		long account = account("Cycle " + unique);
		long a = contact("A", unique);
		long b = contact("B", unique);
		long c = contact("C", unique);
		LocalDate start = LocalDate.of(2020, 1, 1);
		as(() -> org.join(account, join(a, "CEO", null, null, start)));
		as(() -> org.join(account, join(b, "VP", a, null, start)));
		OrgPerson cPosition = as(() -> org.join(account, join(c, "Manager", b, null, start)));
		OrgPerson aPosition = chart(account, start).stream().filter(p -> p.contactId() == a).findFirst().orElseThrow();

		assertThatThrownBy(() -> as(() -> org.change(aPosition.positionId(),
				new ChangePosition(ChangeKind.ROLE_CHANGED, LocalDate.of(2021, 1, 1), "CEO", null, c, null, null))))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("relationship.position.error.cycle");
		assertThatThrownBy(() -> as(() -> org.join(account, join(a, "Advisor", a, null, start))))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("relationship.position.error.cycle");
		// once C has left, A may report to… nobody in a loop: C no longer works there
		as(() -> org.leave(cPosition.positionId(), new LeaveAccount(LocalDate.of(2021, 1, 1), null, "Startup", null)));
		assertThatThrownBy(() -> as(() -> org.change(aPosition.positionId(),
				new ChangePosition(ChangeKind.ROLE_CHANGED, LocalDate.of(2022, 1, 1), "CEO", null, c, null, null))))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("relationship.position.error.managerAbsent");
	}

	@Test
	void deletingAnAccountWithHistoryIsRefusedAndMergingKeepsTheHistory() {
		long account = account("Keep " + unique);
		long duplicate = account("Keep dup " + unique);
		long person = contact("王", "芳");
		as(() -> org.join(duplicate, join(person, "Buyer", null, BuyingRole.CHAMPION, LocalDate.of(2020, 1, 1))));

		long version = as(() -> accounts.get(duplicate).version());
		assertThatThrownBy(() -> as(() -> {
			accounts.delete(duplicate, version);
			return null;
		})).isInstanceOf(BusinessRuleException.class).hasMessage("relationship.account.error.history");
		assertThatThrownBy(() -> as(() -> contacts.deleteAll(List.of(person))))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("relationship.contact.error.history");

		as(() -> duplicates
			.mergeAccounts(new MergeRecords(account, duplicate, accounts.get(account).version(), version, null)));

		assertThat(chart(account, LocalDate.of(2024, 1, 1))).extracting(OrgPerson::name).containsExactly("王芳");
		assertThat(as(() -> org.changes(account, 10))).extracting(PersonnelChangeView::kind)
			.containsExactly(ChangeKind.JOINED);
		assertThatThrownBy(() -> chart(duplicate, LocalDate.of(2024, 1, 1)))
			.isInstanceOf(RecordNotFoundException.class);
	}

	@Test
	void theAccountPageAndTheApiSayWhyAnAccountWithHistoryStays() throws Exception {
		long account = account("Stays " + unique);
		long person = contact("赵", "敏");
		as(() -> org.join(account, join(person, "CFO", null, BuyingRole.ECONOMIC_BUYER, LocalDate.of(2020, 1, 1))));
		long version = as(() -> accounts.get(account).version());

		mvc.perform(post("/accounts/" + account + "/delete").param("version", String.valueOf(version))
			.with(users.session(rep))
			.with(csrf()))
			.andExpect(redirectedUrl("/accounts/" + account))
			.andExpect(flash().attribute("problemKey", "relationship.account.error.history"));
		String problem = mvc
			.perform(delete("/api/v1/accounts/" + account).header(HttpHeaders.IF_MATCH, "\"" + version + "\"")
				.header(HttpHeaders.AUTHORIZATION, rep.bearer(users))
				.header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(problem).contains("1 个职位");
		assertThat(as(() -> accounts.get(account).name())).isEqualTo("Stays " + unique);
	}

	@Test
	void aChartLeavesOutPeopleTheViewerMayNotRead() {
		TestUser other = users.create(Role.SALES_REP);
		long account = account("Hidden " + unique);
		long visible = contact("周", "杰");
		long hidden = users.as(other, () -> contacts.create(SaveContact.named("秘", "密")).id());
		as(() -> org.join(account, join(visible, "Head", null, null, LocalDate.of(2020, 1, 1))));
		// an admin records a position for a person the rep may not read
		TestUser admin = users.create(Role.ADMIN);
		users.as(admin, () -> org.join(account, join(hidden, "Secret", visible, null, LocalDate.of(2020, 1, 1))));

		assertThat(chart(account, LocalDate.of(2021, 1, 1))).extracting(OrgPerson::name).containsExactly("周杰");
		assertThat(users.as(admin, () -> org.orgChart(account, LocalDate.of(2021, 1, 1)).people()))
			.extracting(OrgPerson::name)
			.containsExactlyInAnyOrder("周杰", "秘密");
	}

	private List<OrgPerson> chart(long account, LocalDate day) {
		return as(() -> org.orgChart(account, day).people());
	}

	private static JoinAccount join(long contact, String title, Long reportsTo, BuyingRole role, LocalDate from) {
		return new JoinAccount(contact, title, null, reportsTo, role, from, null, null);
	}

	private long account(String name) {
		return as(() -> accounts.create(new SaveAccount(name, null)).id());
	}

	private long contact(String family, String given) {
		return as(() -> contacts.create(SaveContact.named(family, given)).id());
	}

	private <T> T as(java.util.function.Supplier<T> work) {
		return users.as(rep, work);
	}

}
