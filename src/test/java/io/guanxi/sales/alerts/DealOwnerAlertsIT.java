package io.guanxi.sales.alerts;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.ContactService;
import io.guanxi.customer.SaveContact;
import io.guanxi.platform.NotificationView;
import io.guanxi.platform.Notifications;
import io.guanxi.platform.Role;
import io.guanxi.relationship.BuyingRole;
import io.guanxi.relationship.ChangeKind;
import io.guanxi.relationship.ChangePosition;
import io.guanxi.relationship.JoinAccount;
import io.guanxi.relationship.KeyPersonChanged;
import io.guanxi.relationship.LeaveAccount;
import io.guanxi.relationship.OrgPerson;
import io.guanxi.relationship.OrgService;
import io.guanxi.sales.Deals;
import io.guanxi.sales.Opportunities;
import io.guanxi.sales.OpportunityView;
import io.guanxi.sales.SaveOpportunity;
import io.guanxi.sales.TeamRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A key person's change reaches those who work the open deals at the account: the owners
 * and the team members who may change the deal, most of all when the person is on their
 * deal; not who recorded it, not the read-only, not the closed deals; once.
 */
@IntegrationTest
class DealOwnerAlertsIT {

	static final LocalDate JOINED = LocalDate.now().minusYears(2);

	static final LocalDate CHANGED = LocalDate.now().minusWeeks(1);

	@Autowired
	TestUsers users;

	@Autowired
	OrgService org;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	Opportunities opportunities;

	@Autowired
	Notifications notifications;

	@Autowired
	EventPublicationRegistry publications;

	@Autowired
	CompletedEventPublications completed;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	Deals deals;

	TestUser manager;

	TestUser owner;

	TestUser secondOwner;

	TestUser editor;

	TestUser reader;

	long account;

	long cio;

	OrgPerson cioPosition;

	@BeforeEach
	void anAccountOfTheManagerWithTwoOpenDealsOfTheirReps() {
		deals = new Deals(users, accounts, opportunities);
		manager = users.create(Role.SALES_MANAGER);
		owner = users.create(Role.SALES_REP, manager);
		secondOwner = users.create(Role.SALES_REP, manager);
		TestUser otherManager = users.create(Role.SALES_MANAGER);
		editor = users.create(Role.SALES_REP, otherManager);
		reader = users.create(Role.MARKETING, otherManager);
		account = deals.account(manager, "华为");
		cio = users.as(manager, () -> contacts.create(SaveContact.named("周", "杰 " + deals.unique())).id());
		cioPosition = users.as(manager, () -> org.join(account,
				new JoinAccount(cio, "CIO", null, null, BuyingRole.DECISION_MAKER, JOINED, null, null)));
	}

	@Test
	void theOwnerOfTheDealThePersonIsOnHearsItFirstAndOthersHearOfTheirDeal() {
		OpportunityView erp = dealOf(owner, "ERP");
		OpportunityView withCio = onDeal(erp);
		deals.put(manager, withCio.id(), editor, TeamRole.PRESALES, true);
		deals.put(manager, withCio.id(), reader, TeamRole.MARKETING, false);
		OpportunityView other = dealOf(secondOwner, "CRM");
		OpportunityView lost = dealOf(secondOwner, "Old");
		as(secondOwner, () -> opportunities.markLost(lost.id(), "No budget", lost.version()));

		leave(manager);

		String name = "周杰 " + deals.unique();
		String company = deals.named("华为");
		assertThat(awaitNotice(owner).text()).isEqualTo(name + " (Decision maker), a contact on your deal \u201c"
				+ deals.named("ERP") + "\u201d, left " + company + " on " + CHANGED + ".");
		assertThat(awaitNotice(owner).link()).isEqualTo("/opportunities/" + withCio.id());
		assertThat(awaitNotice(editor).text()).contains("a contact on your deal \u201c" + deals.named("ERP"));
		NotificationView second = awaitNotice(secondOwner);
		// the person is not on this deal, and their record is the manager's: not named
		assertThat(second.text()).isEqualTo("A key person (Decision maker) left " + company + " on " + CHANGED
				+ ". Your open deal \u201c" + deals.named("CRM") + "\u201d is at that account.");
		assertThat(second.link()).isEqualTo("/opportunities/" + other.id());
		awaitEventsHandled();
		assertThat(noticesOf(reader)).as("a member who may not change the deal").isEmpty();
		assertThat(noticesOf(manager)).as("who recorded it").isEmpty();
		assertThat(noticesOf(secondOwner)).hasSize(1);
	}

	@Test
	void aChangeOfRoleReadsInChineseAndIsToldOnceEvenWhenDeliveredAgain() {
		onDeal(dealOf(owner, "Cloud"));
		users.as(manager, () -> org.change(cioPosition.positionId(),
				new ChangePosition(ChangeKind.PROMOTED, CHANGED, "CTO", null, null, BuyingRole.ECONOMIC_BUYER, null)));

		awaitNotice(owner);
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		try {
			assertThat(noticesOf(owner)).singleElement()
				.extracting(NotificationView::text)
				.isEqualTo("您的商机\u201c" + deals.named("Cloud") + "\u201d的联系人周杰 " + deals.unique() + "于 " + CHANGED
						+ " 在" + deals.named("华为") + "晋升，现为CTO（经济决策者）。");
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}

		KeyPersonChanged change = completed.findAll()
			.stream()
			.map(publication -> publication.getEvent())
			.filter(event -> event instanceof KeyPersonChanged changed && changed.accountId() == account
					&& changed.kind() == ChangeKind.PROMOTED)
			.map(KeyPersonChanged.class::cast)
			.findFirst()
			.orElseThrow();
		transactions.executeWithoutResult(status -> events.publishEvent(change));
		awaitEventsHandled();
		assertThat(noticesOf(owner)).hasSize(1);
	}

	@Test
	void aDealOwnerWhoRecordedTheChangeIsNotTold() {
		OpportunityView deal = users.as(manager, () -> opportunities.create(new SaveOpportunity(account,
				deals.named("Own"), null, null, null, null, null, null, null, null, null)));
		onDeal(deal);

		leave(manager);

		awaitEventsHandled();
		assertThat(noticesOf(manager)).isEmpty();
	}

	private void leave(TestUser recorder) {
		users.as(recorder, () -> org.leave(cioPosition.positionId(), new LeaveAccount(CHANGED, null, null, null)));
	}

	/** The CIO on the deal, put there by the manager (whose contact the CIO is). */
	private OpportunityView onDeal(OpportunityView deal) {
		return as(manager, () -> opportunities.putContact(deal.id(), cio, BuyingRole.DECISION_MAKER,
				opportunities.get(deal.id()).version()));
	}

	/** A deal of the rep at the manager's account: the manager opens it for them. */
	private OpportunityView dealOf(TestUser rep, String name) {
		return users.as(manager, () -> opportunities.create(new SaveOpportunity(account, deals.named(name), null, null,
				null, null, null, null, null, rep.id(), null)));
	}

	private NotificationView awaitNotice(TestUser user) {
		await().atMost(Duration.ofSeconds(20)).until(() -> !noticesOf(user).isEmpty());
		return noticesOf(user).get(0);
	}

	private List<NotificationView> noticesOf(TestUser user) {
		return users.as(user, () -> notifications.list(null, 10))
			.items()
			.stream()
			.filter(notice -> notice.kind().equals("sales.key-person"))
			.toList();
	}

	private void awaitEventsHandled() {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> publications.findIncompletePublications()
				.stream()
				.noneMatch(p -> p.getEvent() instanceof KeyPersonChanged event && event.accountId() == account));
	}

	private <T> T as(TestUser user, Supplier<T> work) {
		return users.as(user, work);
	}

}
