package io.guanxi.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.ContactService;
import io.guanxi.customer.MergeRecords;
import io.guanxi.customer.SaveAccount;
import io.guanxi.customer.SaveContact;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.Role;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.relationship.BuyingRole;
import io.guanxi.sales.internal.SalesProcess;
import io.guanxi.sales.internal.SalesProcessRepository;
import io.guanxi.sales.internal.Stage;
import io.guanxi.sales.internal.StageGate;
import io.guanxi.sales.internal.StageTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Stage moves through the default process: control points, approvals, concurrency. */
@IntegrationTest
class OpportunityStagesIT {

	@Autowired
	TestUsers users;

	@Autowired
	Opportunities opportunities;

	@Autowired
	StageApprovals approvals;

	@Autowired
	SalesProcesses processes;

	@Autowired
	SalesProcessRepository processRepository;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	MessageSource messages;

	@Autowired
	io.guanxi.customer.Duplicates duplicates;

	TestUser manager;

	TestUser rep;

	String unique;

	@BeforeEach
	void team() {
		manager = users.create(Role.SALES_MANAGER);
		rep = users.create(Role.SALES_REP, manager);
		unique = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aNewOpportunityStartsInTheFirstStageOfTheDefaultProcess() {
		OpportunityView deal = open("Cloud migration");

		assertThat(deal.stage().code()).isEqualTo("REGISTRATION");
		assertThat(deal.probability()).isEqualTo(10);
		assertThat(deal.status()).isEqualTo(OpportunityStatus.OPEN);
		assertThat(deal.forecastCategory()).isEqualTo(ForecastCategory.PIPELINE);
		assertThat(as(() -> opportunities.stageHistory(deal.id()))).hasSize(1);
	}

	@Test
	void aRequiredTaskCannotBeSkipped() {
		OpportunityView deal = withContact(open("Data centre"));
		StageView needs = stage("NEEDS");
		StageView registration = stage("REGISTRATION");
		// one of the two required tasks of registration is done
		OpportunityView oneDone = as(
				() -> opportunities.markTask(deal.id(), registration.tasks().get(0).id(), true, deal.version()));

		BusinessRuleException refused = catchThrowableOfType(BusinessRuleException.class,
				() -> as(() -> opportunities.moveToStage(deal.id(), needs.id(), oneDone.version())));

		assertThat(refused.messageKey()).isEqualTo("sales.stage.error.controlPoints");
		assertThat(texts(refused.reasons()))
			.containsExactly("Registration: the task \u201cIdentify the customer's contacts\u201d is not done");
		assertThat(as(() -> opportunities.get(deal.id())).stage().code()).isEqualTo("REGISTRATION");

		OpportunityView allDone = as(
				() -> opportunities.markTask(deal.id(), registration.tasks().get(1).id(), true, oneDone.version()));
		OpportunityView moved = as(() -> opportunities.moveToStage(deal.id(), needs.id(), allDone.version()));
		assertThat(moved.stage().code()).isEqualTo("NEEDS");
		assertThat(moved.probability()).isEqualTo(20);
	}

	@Test
	void skippingAStageNeedsTheControlPointsOfEveryStageLeft() {
		OpportunityView deal = open("Skipper");

		BusinessRuleException refused = catchThrowableOfType(BusinessRuleException.class,
				() -> as(() -> opportunities.moveToStage(deal.id(), stage("SOLUTION").id(), deal.version())));

		// the amount and close date are set, so only the tasks and the contact are
		// missing
		assertThat(texts(refused.reasons())).containsExactly(
				"Registration: the task \u201cRegister the opportunity\u201d is not done",
				"Registration: the task \u201cIdentify the customer's contacts\u201d is not done",
				"Registration: a customer contact on the deal is missing",
				"Needs: the task \u201cClarify the needs\u201d is not done",
				"Needs: the task \u201cResearch the background\u201d is not done",
				"Needs: the task \u201cEstimate the expected scale\u201d is not done",
				"Needs: the task \u201cAssess the fit\u201d is not done");
		assertThat(messages.getMessage(refused.messageKey(), refused.arguments(), java.util.Locale.SIMPLIFIED_CHINESE))
			.startsWith("\u201cSkipper " + unique + "\u201d\u6682\u4e0d\u80fd\u8fdb\u5165\u65b9\u6848\u8bbe\u8ba1");
	}

	@Test
	void movingBackNeedsNoControlPointsAndLostNeedsAReason() {
		OpportunityView deal = inNeeds(open("Backwards"));

		OpportunityView back = as(
				() -> opportunities.moveToStage(deal.id(), stage("REGISTRATION").id(), deal.version()));
		assertThat(back.stage().code()).isEqualTo("REGISTRATION");

		assertThatThrownBy(() -> as(() -> opportunities.markLost(deal.id(), " ", back.version())))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("sales.opportunity.error.lostReason");
		OpportunityView lost = as(() -> opportunities.markLost(deal.id(), "Price too high", back.version()));
		assertThat(lost.status()).isEqualTo(OpportunityStatus.LOST);
		assertThat(lost.probability()).isZero();
		assertThat(lost.forecastCategory()).isEqualTo(ForecastCategory.CLOSED);
	}

	@Test
	void anApprovalGateNeedsAManagerAboveTheOwner() {
		ProcessView process = approvalProcess();
		OpportunityView deal = as(() -> opportunities.create(new SaveOpportunity(account("Approval"), "Needs approval",
				null, null, null, null, null, null, null, null, process.id())));
		long next = process.stages().get(1).id();

		assertThatThrownBy(() -> as(() -> opportunities.moveToStage(deal.id(), next, deal.version())))
			.isInstanceOf(BusinessRuleException.class);
		ApprovalView asked = as(() -> approvals.request(deal.id()));
		// the rep cannot approve their own request; another rep's manager cannot either
		assertThatThrownBy(() -> as(() -> approvals.decide(asked.id(), true, null)))
			.isInstanceOf(BusinessRuleException.class);
		TestUser otherManager = users.create(Role.SALES_MANAGER);
		assertThatThrownBy(() -> users.as(otherManager, () -> approvals.decide(asked.id(), true, null)))
			.isInstanceOf(RecordNotFoundException.class);

		ApprovalView approved = users.as(manager, () -> approvals.decide(asked.id(), true, "Go ahead"));
		assertThat(approved.status()).isEqualTo(ApprovalStatus.APPROVED);
		OpportunityView moved = as(() -> opportunities.moveToStage(deal.id(), next, deal.version()));
		assertThat(moved.stage().id()).isEqualTo(next);
	}

	@Test
	void aClosedDealCannotAskForApproval() {
		ProcessView process = approvalProcess();
		OpportunityView deal = as(() -> opportunities.create(new SaveOpportunity(account("Closed approval"),
				"Lost before approval", null, null, null, null, null, null, null, null, process.id())));
		as(() -> opportunities.markLost(deal.id(), "Budget frozen", deal.version()));

		assertThatThrownBy(() -> as(() -> approvals.request(deal.id()))).isInstanceOf(BusinessRuleException.class)
			.hasMessage("sales.opportunity.error.closed");
	}

	@Test
	void twoConcurrentMovesOfOneOpportunityCannotBothWin() throws Exception {
		OpportunityView deal = inNeeds(open("Race"));
		long registration = stage("REGISTRATION").id();
		long needs = stage("NEEDS").id();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<OpportunityView>> moves = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				// both users saw the same version; one moves it back, the other ticks a
				// task
				Callable<OpportunityView> move = i == 0
						? () -> afterStart(start,
								() -> as(() -> opportunities.moveToStage(deal.id(), registration, deal.version())))
						: () -> afterStart(start, () -> users.as(manager,
								() -> opportunities.markLost(deal.id(), "Budget frozen", deal.version())));
				moves.add(pool.submit(move));
			}
			start.countDown();
			int won = 0;
			int refused = 0;
			for (Future<OpportunityView> move : moves) {
				try {
					move.get();
					won++;
				}
				catch (java.util.concurrent.ExecutionException ex) {
					assertThat(ex.getCause()).isInstanceOfAny(StaleVersionException.class,
							ObjectOptimisticLockingFailureException.class);
					refused++;
				}
			}
			assertThat(won).isEqualTo(1);
			assertThat(refused).isEqualTo(1);
		}
		finally {
			pool.shutdown();
		}
		OpportunityView after = as(() -> opportunities.get(deal.id()));
		assertThat(after.version()).isEqualTo(deal.version() + 1);
		List<StageChangeView> history = as(() -> opportunities.stageHistory(deal.id()));
		// created, moved to needs, then exactly one of the two concurrent changes
		assertThat(history).hasSize(3);
		assertThat(after.status() == OpportunityStatus.LOST || after.stage().id() == registration).isTrue();
		assertThat(after.stage().id() == needs && after.status() == OpportunityStatus.OPEN).isFalse();
	}

	@Test
	void theDealTeamReadsTheDealAndOnlyEditorsChangeIt() {
		OpportunityView deal = open("Team deal");
		TestUser presales = users.create(Role.SALES_REP);
		TestUser marketing = users.create(Role.MARKETING);
		assertThatThrownBy(() -> users.as(presales, () -> opportunities.get(deal.id())))
			.isInstanceOf(RecordNotFoundException.class);

		OpportunityView withPresales = as(
				() -> opportunities.putMember(deal.id(), presales.id(), TeamRole.PRESALES, true, deal.version()));
		OpportunityView withTeam = as(() -> opportunities.putMember(deal.id(), marketing.id(), TeamRole.MARKETING,
				false, withPresales.version()));

		assertThat(users.as(marketing, () -> opportunities.get(deal.id())).canChange()).isFalse();
		assertThatThrownBy(() -> users.as(marketing,
				() -> opportunities.update(deal.id(), command(deal, "Renamed"), withTeam.version())))
			.isInstanceOf(RecordNotFoundException.class);
		OpportunityView renamed = users.as(presales,
				() -> opportunities.update(deal.id(), command(deal, "Renamed"), withTeam.version()));
		assertThat(renamed.name()).isEqualTo("Renamed");
		// an editing member still cannot change the team
		assertThatThrownBy(() -> users.as(presales,
				() -> opportunities.putMember(deal.id(), marketing.id(), TeamRole.MARKETING, true, renamed.version())))
			.isInstanceOf(BusinessRuleException.class);
		OpportunityView without = as(() -> opportunities.removeMember(deal.id(), presales.id(), renamed.version()));
		assertThat(without.members()).extracting(OpportunityView.Member::userId).containsExactly(marketing.id());
		assertThatThrownBy(() -> users.as(presales, () -> opportunities.get(deal.id())))
			.isInstanceOf(RecordNotFoundException.class);
	}

	@Test
	void anAccountWithDealsIsNotDeletedAndAMergeTakesItsDealsAlong() {
		OpportunityView deal = withContact(open("Merged away"));
		long survivor = account("Survivor");

		assertThatThrownBy(() -> as(() -> {
			accounts.delete(deal.accountId(), accounts.get(deal.accountId()).version());
			return null;
		})).isInstanceOf(BusinessRuleException.class).hasMessage("sales.account.error.opportunities");
		long contactId = deal.contacts().get(0).contactId();
		assertThatThrownBy(() -> as(() -> {
			contacts.delete(contactId, contacts.get(contactId).version());
			return null;
		})).isInstanceOf(BusinessRuleException.class).hasMessage("sales.contact.error.opportunities");

		as(() -> duplicates.mergeAccounts(new MergeRecords(survivor, deal.accountId(), accounts.get(survivor).version(),
				accounts.get(deal.accountId()).version(), null)));
		assertThat(as(() -> opportunities.get(deal.id())).accountId()).isEqualTo(survivor);
	}

	private OpportunityView inNeeds(OpportunityView deal) {
		OpportunityView current = withContact(deal);
		for (StageView.TaskView task : stage("REGISTRATION").tasks()) {
			long version = current.version();
			current = as(() -> opportunities.markTask(deal.id(), task.id(), true, version));
		}
		long version = current.version();
		return as(() -> opportunities.moveToStage(deal.id(), stage("NEEDS").id(), version));
	}

	private OpportunityView withContact(OpportunityView deal) {
		long contactId = as(() -> contacts.create(SaveContact.named("Li", "Na " + unique)).id());
		return as(() -> opportunities.putContact(deal.id(), contactId, BuyingRole.DECISION_MAKER, deal.version()));
	}

	private OpportunityView open(String name) {
		long accountId = account(name);
		return as(() -> opportunities.create(new SaveOpportunity(accountId, name + " " + unique,
				new BigDecimal("100000"), "CNY", LocalDate.now().plusMonths(2), null, null, null, null, null, null)));
	}

	private static SaveOpportunity command(OpportunityView deal, String name) {
		return new SaveOpportunity(deal.accountId(), name, deal.amount(), deal.currency(), deal.closeDate(),
				deal.nextStep(), deal.productLine(), deal.source(), deal.description(), null, null);
	}

	private ProcessView approvalProcess() {
		SalesProcess process = new SalesProcess("Approval process " + unique);
		Stage first = new Stage(process, 1, "Terms", 50, StageOutcome.OPEN);
		first.gates().add(new StageGate(first, GateKind.APPROVAL, null, null));
		first.tasks().add(new StageTask(first, 1, "Optional", false));
		process.stages().add(first);
		process.stages().add(new Stage(process, 2, "Signed", 100, StageOutcome.WON));
		return processes.get(processRepository.saveAndFlush(process).id());
	}

	private StageView stage(String code) {
		return processes.defaultProcess()
			.stages()
			.stream()
			.filter(stage -> code.equals(stage.code()))
			.findFirst()
			.orElseThrow();
	}

	private List<String> texts(List<MessageSourceResolvable> reasons) {
		return reasons.stream().map(reason -> messages.getMessage(reason, java.util.Locale.ENGLISH)).toList();
	}

	private long account(String name) {
		return as(() -> accounts.create(new SaveAccount(name + " " + unique, null)).id());
	}

	private <T> T as(Supplier<T> work) {
		return users.as(rep, work);
	}

	private static <T> T afterStart(CountDownLatch start, Supplier<T> work) throws InterruptedException {
		start.await();
		return work.get();
	}

}
