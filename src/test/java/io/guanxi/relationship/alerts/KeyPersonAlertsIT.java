package io.guanxi.relationship.alerts;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.ContactService;
import io.guanxi.customer.SaveAccount;
import io.guanxi.customer.SaveContact;
import io.guanxi.platform.NotificationView;
import io.guanxi.platform.Notifications;
import io.guanxi.platform.Role;
import io.guanxi.relationship.BuyingRole;
import io.guanxi.relationship.ChangeKind;
import io.guanxi.relationship.ChangePosition;
import io.guanxi.relationship.DepartmentView;
import io.guanxi.relationship.JoinAccount;
import io.guanxi.relationship.KeyPersonChanged;
import io.guanxi.relationship.LeaveAccount;
import io.guanxi.relationship.OrgPerson;
import io.guanxi.relationship.OrgService;
import io.guanxi.relationship.SaveDepartment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Change alerts: a key person who leaves or changes role is reported to the account's
 * owner (unless the owner recorded it) and shown on the account page.
 */
@IntegrationTest
class KeyPersonAlertsIT {

	static final String BELL_COUNT = "data-testid=\"notification-count\" aria-hidden=\"true\">";

	static final LocalDate JOINED = LocalDate.now().minusYears(3);

	static final LocalDate CHANGED = LocalDate.now().minusMonths(2);

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

	@Autowired
	Notifications notifications;

	@Autowired
	EventPublicationRegistry publications;

	TestUser manager;

	TestUser owner;

	String unique;

	long account;

	@BeforeEach
	void accountOwnedByARepWhoseManagerRecordsChanges() {
		manager = users.create(Role.SALES_MANAGER);
		owner = users.create(Role.SALES_REP, manager);
		unique = UUID.randomUUID().toString().substring(0, 8);
		account = users.as(owner, () -> accounts.create(new SaveAccount("华为 " + unique, null)).id());
	}

	@Test
	void aKeyPersonLeavingNotifiesTheOwnerInTheirLanguage() throws Exception {
		long zhang = contact("张", "伟");
		OrgPerson position = as(manager, () -> org.join(account, join(zhang, "CTO", BuyingRole.DECISION_MAKER)));
		as(manager, () -> org.leave(position.positionId(), new LeaveAccount(CHANGED, null, "星辰科技 " + unique, null)));

		NotificationView notification = awaitNotification(owner);
		assertThat(notification.link()).isEqualTo("/accounts/" + account + "#key-people-changes");
		mvc.perform(get("/notifications").with(users.session(owner)).locale(Locale.ENGLISH))
			.andExpect(content()
				.string(allOf(containsString(BELL_COUNT + "1<"), containsString("张伟 (Decision maker) left 华为 " + unique
						+ " on " + CHANGED + " and moved to 星辰科技 " + unique + "."))));
		mvc.perform(get("/notifications").with(users.session(owner)).locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(content()
				.string(containsString("张伟（决策者）已于 " + CHANGED + " 离开华为 " + unique + "，去了星辰科技 " + unique + "。")));
		mvc.perform(get("/accounts").with(users.session(owner))).andExpect(content().string(bellCount(1)));

		mvc.perform(get("/notifications/{id}/open", notification.id()).with(users.session(owner)))
			.andExpect(redirectedUrl("/accounts/" + account + "#key-people-changes"));
		assertThat(users.as(owner, notifications::unreadCount)).isZero();
		assertThat(users.as(manager, notifications::unreadCount)).as("the one who recorded it").isZero();
	}

	@Test
	void aPromotionTellsTheOldAndTheNewPosition() throws Exception {
		long li = contact("李", "娜");
		DepartmentView rnd = as(manager, () -> org.createDepartment(account, new SaveDepartment("研发部", null)));
		OrgPerson engineer = as(manager, () -> org.join(account,
				new JoinAccount(li, "Engineer", rnd.id(), null, BuyingRole.CHAMPION, JOINED, null, null)));
		as(manager, () -> org.change(engineer.positionId(), new ChangePosition(ChangeKind.PROMOTED, CHANGED, "Director",
				rnd.id(), null, BuyingRole.DECISION_MAKER, null)));

		awaitNotification(owner);
		mvc.perform(get("/notifications").with(users.session(owner)).locale(Locale.ENGLISH))
			.andExpect(content().string(containsString("李娜 at 华为 " + unique + " was promoted on " + CHANGED
					+ ": Engineer, 研发部 (Champion) → Director, 研发部 (Decision maker).")));
		mvc.perform(get("/notifications").with(users.session(owner)).locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(content().string(containsString(
					"华为 " + unique + "的李娜于 " + CHANGED + " 晋升：研发部 Engineer（内部支持者） → 研发部 Director（决策者）。")));
	}

	@Test
	void aPersonWithoutAKeyRoleLeavingNotifiesNobody() {
		long user = contact("赵", "敏");
		long champion = contact("钱", "坤");
		OrgPerson userPosition = as(manager, () -> org.join(account, join(user, "Analyst", BuyingRole.USER)));
		OrgPerson championPosition = as(manager,
				() -> org.join(account, join(champion, "Manager", BuyingRole.CHAMPION)));
		as(manager, () -> org.leave(userPosition.positionId(), new LeaveAccount(CHANGED, null, null, null)));
		as(manager, () -> org.leave(championPosition.positionId(), new LeaveAccount(CHANGED, null, null, null)));

		awaitEventsHandled();
		List<NotificationView> told = users.as(owner, () -> notifications.list(null, 10)).items();
		assertThat(told).singleElement()
			.extracting(NotificationView::text)
			.isEqualTo("钱坤 (Champion) left 华为 " + unique + " on " + CHANGED + ".");
	}

	@Test
	void theOwnerIsNotToldOfAChangeTheyRecordedThemselves() {
		long wang = contact("王", "芳");
		OrgPerson position = as(owner, () -> org.join(account, join(wang, "CFO", BuyingRole.ECONOMIC_BUYER)));
		as(owner, () -> org.change(position.positionId(), new ChangePosition(ChangeKind.TITLE_CHANGED, CHANGED,
				"Group CFO", null, null, BuyingRole.ECONOMIC_BUYER, null)));

		awaitEventsHandled();
		assertThat(users.as(owner, () -> notifications.list(null, 10)).items()).isEmpty();
	}

	@Test
	void aPersonTheOwnerMayNotReadIsAKeyPersonWithoutAName() {
		TestUser stranger = users.create(Role.SALES_REP);
		TestUser admin = users.create(Role.ADMIN);
		long secret = users.as(stranger, () -> contacts.create(SaveContact.named("秘", "密")).id());
		OrgPerson position = as(admin, () -> org.join(account, join(secret, "CEO", BuyingRole.DECISION_MAKER)));
		as(admin, () -> org.leave(position.positionId(), new LeaveAccount(CHANGED, null, null, null)));

		assertThat(awaitNotification(owner).text())
			.isEqualTo("A key person (Decision maker) left 华为 " + unique + " on " + CHANGED + ".");
	}

	@Test
	void theAccountShowsTheChangesAndOffersTheNewCompanyAsAProspect() throws Exception {
		long tencent = users.as(owner, () -> accounts.create(new SaveAccount("腾讯 " + unique, null)).id());
		long zhou = contact("周", "杰");
		long sun = contact("孙", "丽");
		OrgPerson zhouPosition = as(manager, () -> org.join(account, join(zhou, "CIO", BuyingRole.DECISION_MAKER)));
		OrgPerson sunPosition = as(manager, () -> org.join(account, join(sun, "Buyer", BuyingRole.CHAMPION)));
		as(manager, () -> org.leave(zhouPosition.positionId(), new LeaveAccount(CHANGED, tencent, null, null)));
		as(manager, () -> org.leave(sunPosition.positionId(),
				new LeaveAccount(CHANGED, null, "Acme & Sons " + unique, null)));
		// a change more than a year ago is history, not news
		long old = contact("吴", "刚");
		OrgPerson oldPosition = as(manager, () -> org.join(account, join(old, "COO", BuyingRole.DECISION_MAKER)));
		as(manager, () -> org.leave(oldPosition.positionId(),
				new LeaveAccount(LocalDate.now().minusMonths(13), null, "Old Co " + unique, null)));

		String prospect = "/accounts/new?name=Acme%20%26%20Sons%20" + unique;
		String page = mvc.perform(get("/accounts/{id}", account).with(users.session(owner)).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// the org chart's own section lists every change; this one only the news
		int start = page.indexOf("data-testid=\"key-people-changes\"");
		String section = page.substring(start, page.indexOf("</ul>", start));
		assertThat(section)
			.contains("Key people changes", "周杰", "href=\"/accounts/" + tencent + "\"", "孙丽",
					"href=\"" + prospect + "\"", "Add as prospect", CHANGED.toString())
			.doesNotContain("吴刚");
		mvc.perform(get(URI.create(prospect)).with(users.session(owner)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"Acme &amp; Sons " + unique + "\""),
					containsString("<option value=\"PROSPECT\" selected=\"selected\">"))));
	}

	@Test
	void anAccountWithoutChangesSaysSo() throws Exception {
		mvc.perform(get("/accounts/{id}", account).with(users.session(owner)).locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(content().string(allOf(containsString("关键人物变动"), containsString("最近 12 个月没有关键人物离职或变更角色。"))));
	}

	private static org.hamcrest.Matcher<String> bellCount(int count) {
		return containsString(BELL_COUNT + count + "<");
	}

	private NotificationView awaitNotification(TestUser user) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> !users.as(user, () -> notifications.list(null, 1)).items().isEmpty());
		return users.as(user, () -> notifications.list(null, 1)).items().get(0);
	}

	/**
	 * Every key-person event of this test's account went through the listeners: what was
	 * to be told has been told.
	 */
	private void awaitEventsHandled() {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> publications.findIncompletePublications()
				.stream()
				.noneMatch(p -> p.getEvent() instanceof KeyPersonChanged event && event.accountId() == account));
	}

	private long contact(String family, String given) {
		return users.as(owner, () -> contacts.create(SaveContact.named(family, given)).id());
	}

	private static JoinAccount join(long contact, String title, BuyingRole role) {
		return new JoinAccount(contact, title, null, null, role, JOINED, null, null);
	}

	private <T> T as(TestUser user, Supplier<T> work) {
		return users.as(user, work);
	}

}
