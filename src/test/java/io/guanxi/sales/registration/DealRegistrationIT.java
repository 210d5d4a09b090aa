package io.guanxi.sales.registration;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.ContactService;
import io.guanxi.customer.SaveAccount;
import io.guanxi.customer.SaveContact;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.Notifications;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.Role;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.sales.Opportunities;
import io.guanxi.sales.OpportunityView;
import io.guanxi.sales.SaveOpportunity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * Deal registration: which registrations conflict, who decides, what an approved one
 * protects, and when it expires.
 */
@IntegrationTest
class DealRegistrationIT {

	@Autowired
	TestUsers users;

	@Autowired
	DealRegistrations registrations;

	@Autowired
	RegistrationExpiry expiry;

	@Autowired
	Opportunities opportunities;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	Notifications notifications;

	TestUser manager;

	TestUser rep;

	TestUser colleague;

	String unique;

	long account;

	@BeforeEach
	void team() {
		manager = users.create(Role.SALES_MANAGER);
		rep = users.create(Role.SALES_REP, manager);
		colleague = users.create(Role.SALES_REP, manager);
		unique = UUID.randomUUID().toString().substring(0, 8);
		account = account("Sinopec");
	}

	@Test
	void theSameAccountAndProductLineConflict() {
		OpportunityView first = deal(rep, account, "Refinery ERP");
		OpportunityView second = deal(colleague, account, "Refinery MES");

		RegistrationView firstRegistered = register(rep, first, null, line("ERP"));
		RegistrationView secondRegistered = register(colleague, second, "MES rollout", line(" erp "));

		assertThat(firstRegistered.status()).isEqualTo(RegistrationStatus.PENDING);
		assertThat(firstRegistered.conflicts()).isEmpty();
		assertThat(secondRegistered.status()).isEqualTo(RegistrationStatus.PENDING);
		assertThat(secondRegistered.conflicts()).singleElement().satisfies(conflict -> {
			assertThat(conflict.opportunityId()).isEqualTo(first.id());
			assertThat(conflict.reasons()).containsExactly(ConflictReason.SAME_PRODUCT_LINE);
			assertThat(conflict.protecting()).isFalse();
			// the colleague may not read the rep's deal: the owner shows, the deal's name
			// does not
			assertThat(conflict.opportunityName()).isNull();
			assertThat(conflict.ownerName()).contains(rep.username());
		});
		// both ways, and the manager sees the other deal's name
		assertThat(as(manager, () -> registrations.of(first.id())).conflicts()).singleElement()
			.satisfies(conflict -> assertThat(conflict.opportunityName()).isEqualTo(second.name()));
	}

	@Test
	void aSimilarProductAtTheSameAccountConflicts() {
		OpportunityView first = deal(rep, account, "Cloud");
		OpportunityView second = deal(colleague, account, "Cloud again");
		register(rep, first, "ERP Cloud", null);

		RegistrationView registered = register(colleague, second, "erp-cloud suite", line("Other"));

		assertThat(registered.conflicts()).singleElement()
			.satisfies(conflict -> assertThat(conflict.reasons()).containsExactly(ConflictReason.SIMILAR_PRODUCT));
	}

	@Test
	void namingTheSameContactConflictsAtAnyAccount() {
		long contact = as(rep, () -> contacts.create(SaveContact.named("Zhou", "Min " + unique)).id());
		OpportunityView first = withContact(deal(rep, account, "Storage"), contact);
		OpportunityView elsewhere = withContact(deal(rep, account("Sinopec Shanghai"), "Network"), contact);
		register(rep, first, null, line("Storage"));

		RegistrationView registered = register(rep, elsewhere, null, line("Network"));

		assertThat(registered.conflicts()).singleElement().satisfies(conflict -> {
			assertThat(conflict.opportunityId()).isEqualTo(first.id());
			assertThat(conflict.reasons()).containsExactly(ConflictReason.SAME_CONTACT);
		});
	}

	@Test
	void otherAccountsAndOtherProductsDoNotConflict() {
		register(rep, deal(rep, account, "ERP"), "SAP upgrade", line("ERP"));

		RegistrationView otherAccount = register(colleague, deal(colleague, account("PetroChina"), "ERP"),
				"SAP upgrade", line("ERP"));
		RegistrationView otherProduct = register(colleague, deal(colleague, account, "Laptops"), "ThinkPad fleet",
				line("Hardware"));

		assertThat(otherAccount.conflicts()).isEmpty();
		assertThat(otherProduct.conflicts()).isEmpty();
	}

	@Test
	void aManagerAboveTheOwnerDecidesAndTheRepIsTold() {
		OpportunityView deal = deal(rep, account, "Decided");
		RegistrationView registered = register(rep, deal, null, line("ERP"));
		TestUser otherManager = users.create(Role.SALES_MANAGER);
		assertThat(as(manager, () -> registrations.of(deal.id())).canDecide()).isTrue();
		assertThat(registered.canDecide()).isFalse();

		assertThatThrownBy(() -> as(rep, () -> registrations.decide(deal.id(), true, null, registered.version())))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("sales.registration.error.notApprover");
		assertThatThrownBy(() -> as(colleague, () -> registrations.decide(deal.id(), true, null, registered.version())))
			.isInstanceOf(RecordNotFoundException.class);
		assertThatThrownBy(
				() -> as(otherManager, () -> registrations.decide(deal.id(), true, null, registered.version())))
			.isInstanceOf(RecordNotFoundException.class);
		assertThatThrownBy(() -> as(manager, () -> registrations.decide(deal.id(), false, " ", registered.version())))
			.hasMessage("sales.registration.error.reasonRequired");
		assertThatThrownBy(
				() -> as(manager, () -> registrations.decide(deal.id(), true, null, registered.version() - 1)))
			.isInstanceOf(StaleVersionException.class);

		RegistrationView approved = as(manager,
				() -> registrations.decide(deal.id(), true, "Go", registered.version()));

		assertThat(approved.status()).isEqualTo(RegistrationStatus.APPROVED);
		assertThat(approved.decidedBy()).contains(manager.username());
		assertThat(approved.protectedUntil()).isCloseTo(Instant.now().plus(Duration.ofDays(90)),
				within(Duration.ofMinutes(5)));
		assertThat(as(rep, () -> notifications.list(null, 10)).items())
			.anySatisfy(notice -> assertThat(notice.text()).contains("approved the registration of"));
		assertThatThrownBy(() -> as(manager, () -> registrations.decide(deal.id(), false, "No", approved.version())))
			.hasMessage("sales.registration.error.notPending");
	}

	@Test
	void aRejectedDealCanBeRegisteredAgain() {
		OpportunityView deal = deal(rep, account, "Again");
		RegistrationView registered = register(rep, deal, null, line("ERP"));
		assertThatThrownBy(() -> register(rep, deal, null, line("ERP")))
			.hasMessage("sales.registration.error.registered");

		RegistrationView rejected = as(manager,
				() -> registrations.decide(deal.id(), false, "Talk to me first", registered.version()));
		assertThat(rejected.status()).isEqualTo(RegistrationStatus.REJECTED);
		assertThat(rejected.decisionNote()).isEqualTo("Talk to me first");

		RegistrationView again = register(rep, deal, "SAP", line("ERP"));
		assertThat(again.status()).isEqualTo(RegistrationStatus.PENDING);
		assertThat(again.decidedBy()).isNull();
		assertThatThrownBy(() -> register(rep, deal, null, null)).isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void anApprovedRegistrationBlocksAnotherOwnersConflictingDealAndReassignment() {
		TestUser junior = users.create(Role.SALES_REP, rep);
		OpportunityView protectedDeal = approved(deal(rep, account, "Protected"), "ERP");
		OpportunityView rival = deal(colleague, account, "Rival");

		assertThatThrownBy(() -> register(colleague, rival, null, line("ERP")))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("sales.registration.error.protected");
		// the owner's own second deal is flagged, not refused
		RegistrationView own = register(rep, deal(rep, account, "Own second"), null, line("ERP"));
		assertThat(own.conflicts()).singleElement().satisfies(conflict -> assertThat(conflict.protecting()).isFalse());

		OpportunityView current = as(rep, () -> opportunities.get(protectedDeal.id()));
		assertThatThrownBy(() -> as(rep,
				() -> opportunities.update(current.id(), ownedBy(current, junior.id()), current.version())))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("sales.registration.error.reassignProtected");
		OpportunityView reassigned = as(manager,
				() -> opportunities.update(current.id(), ownedBy(current, colleague.id()), current.version()));
		assertThat(reassigned.ownerId()).isEqualTo(colleague.id());
		// both deals are the colleague's now: the rival is flagged, not refused
		assertThat(register(colleague, rival, null, line("ERP")).conflicts())
			.extracting(RegistrationConflict::opportunityId, RegistrationConflict::protecting)
			.containsExactlyInAnyOrder(tuple(protectedDeal.id(), false), tuple(own.opportunityId(), false));
	}

	@Test
	void theExpiryJobEndsRegistrationsWhoseTimeRanOut() {
		OpportunityView deal = approved(deal(rep, account, "Expiring"), "ERP");
		OpportunityView pending = deal(colleague, account, "Waiting");
		register(colleague, pending, null, line("Networks"));
		Instant now = Instant.now();

		expiry.expire(now.plus(Duration.ofDays(89)));
		assertThat(as(rep, () -> registrations.of(deal.id())).status()).isEqualTo(RegistrationStatus.APPROVED);

		assertThat(expiry.expire(now.plus(Duration.ofDays(91)))).isGreaterThanOrEqualTo(2);
		assertThat(as(rep, () -> registrations.of(deal.id())).status()).isEqualTo(RegistrationStatus.EXPIRED);
		assertThat(as(colleague, () -> registrations.of(pending.id())).status()).isEqualTo(RegistrationStatus.EXPIRED);
		assertThat(as(rep, () -> notifications.list(null, 10)).items())
			.anySatisfy(notice -> assertThat(notice.text()).contains("has expired"));

		// an expired registration neither conflicts nor protects
		RegistrationView rival = register(colleague, deal(colleague, account, "After"), null, line("ERP"));
		assertThat(rival.conflicts()).isEmpty();
		OpportunityView current = as(rep, () -> opportunities.get(deal.id()));
		TestUser junior = users.create(Role.SALES_REP, rep);
		assertThat(as(rep, () -> opportunities.update(deal.id(), ownedBy(current, junior.id()), current.version()))
			.ownerId()).isEqualTo(junior.id());
	}

	@Test
	void theQueueListsPendingRegistrationsOfTheManagersTeam() {
		OpportunityView deal = deal(rep, account, "Queued");
		register(rep, deal, null, line("ERP"));
		TestUser otherManager = users.create(Role.SALES_MANAGER);

		assertThat(as(manager, () -> registrations.list(RegistrationStatus.PENDING, PageRequest.of(0, 100))))
			.anySatisfy(row -> {
				assertThat(row.opportunityId()).isEqualTo(deal.id());
				assertThat(row.canDecide()).isTrue();
			});
		assertThat(as(otherManager, () -> registrations.list(RegistrationStatus.PENDING, PageRequest.of(0, 100))))
			.noneMatch(row -> row.opportunityId() == deal.id());
		assertThat(as(manager, () -> registrations.list(RegistrationStatus.APPROVED, PageRequest.of(0, 100))))
			.noneMatch(row -> row.opportunityId() == deal.id());
	}

	private OpportunityView approved(OpportunityView deal, String productLine) {
		RegistrationView registered = register(rep, deal, null, line(productLine));
		as(manager, () -> registrations.decide(deal.id(), true, null, registered.version()));
		return deal;
	}

	private RegistrationView register(TestUser user, OpportunityView deal, String product, String productLine) {
		return as(user, () -> registrations.register(deal.id(), new RegisterDeal(product, productLine, null)));
	}

	private String line(String name) {
		return name + " " + unique;
	}

	private OpportunityView withContact(OpportunityView deal, long contactId) {
		return as(rep, () -> opportunities.putContact(deal.id(), contactId, null, deal.version()));
	}

	/** The manager opens the deal for one of the team on the account the manager owns. */
	private OpportunityView deal(TestUser owner, long accountId, String name) {
		return as(manager,
				() -> opportunities.create(new SaveOpportunity(accountId, name + " " + unique, new BigDecimal("80000"),
						"CNY", LocalDate.now().plusMonths(3), null, null, null, null, owner.id(), null)));
	}

	private static SaveOpportunity ownedBy(OpportunityView deal, long ownerId) {
		return new SaveOpportunity(deal.accountId(), deal.name(), deal.amount(), deal.currency(), deal.closeDate(),
				deal.nextStep(), deal.productLine(), deal.source(), deal.description(), ownerId, null);
	}

	private long account(String name) {
		// the manager owns the account, so that deals of several reps can be opened on it
		return as(manager, () -> accounts.create(new SaveAccount(name + " " + unique, null)).id());
	}

	private <T> T as(TestUser user, Supplier<T> work) {
		return users.as(user, work);
	}

}
