package io.guanxi.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountKind;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.AccountStatus;
import io.guanxi.customer.LifecycleStage;
import io.guanxi.customer.SaveAccount;
import io.guanxi.customer.Tier;
import io.guanxi.platform.AccessDeniedProblem;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.Role;
import io.guanxi.platform.StaleVersionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Defining sales processes: where each applies, the shape of its stages, the default,
 * copies, and that a changed control point holds from the next move.
 */
@IntegrationTest
class SalesProcessAdminIT {

	@Autowired
	TestUsers users;

	@Autowired
	SalesProcessAdmin admin;

	@Autowired
	SalesProcesses processes;

	@Autowired
	Opportunities opportunities;

	@Autowired
	AccountService accounts;

	@Autowired
	MessageSource messages;

	TestUser administrator;

	TestUser rep;

	String unique;

	@BeforeEach
	void users() {
		administrator = users.create(Role.ADMIN);
		rep = users.create(Role.SALES_REP);
		unique = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void theMostSpecificActiveProcessApplies() {
		String line = "Cloud " + unique;
		ProcessView byLine = define("Cloud", line, null);
		ProcessView byLineAndTier = define("Cloud key accounts", line, Tier.A);
		ProcessView byTier = define("Tier D", null, Tier.D);
		try {
			assertThat(processes.applicableTo(line, "C").id()).isEqualTo(byLine.id());
			assertThat(processes.applicableTo(line.toLowerCase(), "A").id()).isEqualTo(byLineAndTier.id());
			assertThat(processes.applicableTo("Something else", "D").id()).isEqualTo(byTier.id());
			assertThat(processes.applicableTo(null, null).id()).isEqualTo(processes.defaultProcess().id());

			OpportunityView keyAccountDeal = open(Tier.A, line);
			OpportunityView tierDDeal = open(Tier.D, null);
			OpportunityView otherDeal = open(Tier.B, "Other " + unique);
			assertThat(keyAccountDeal.processId()).isEqualTo(byLineAndTier.id());
			assertThat(keyAccountDeal.stage().id()).isEqualTo(byLineAndTier.stages().get(0).id());
			assertThat(tierDDeal.processId()).isEqualTo(byTier.id());
			assertThat(otherDeal.processId()).isEqualTo(processes.defaultProcess().id());
		}
		finally {
			// other tests open deals at tier D accounts and expect the default process
			deactivate(byTier);
		}
	}

	@Test
	void twoActiveProcessesCannotApplyToTheSameProductLineAndTier() {
		String line = "Overlap " + unique;
		ProcessView first = define("First", line, null);

		assertThatThrownBy(() -> define("Second", line.toUpperCase(), null)).isInstanceOf(BusinessRuleException.class)
			.hasMessage("sales.process.error.overlap");
		ProcessView inactive = asAdmin(
				() -> admin.create(new SaveProcess("Second " + unique, null, line, null, false, null)));
		assertThat(inactive.active()).isFalse();
		assertThatThrownBy(() -> define("First", "elsewhere", null)).hasMessage("sales.process.error.nameTaken");
		assertThat(processes.applicableTo(line, null).id()).isEqualTo(first.id());
	}

	@Test
	void anEditedControlPointHoldsFromTheNextMove() {
		String line = "Gates " + unique;
		ProcessView process = define("Gated", line, null);
		StageView first = process.stages().get(0);
		long won = process.stages().get(1).id();
		OpportunityView deal = open(null, line);

		ProcessView gated = asAdmin(() -> admin.updateStage(process.id(), first.id(),
				stage(first, new SaveStage.Gate(GateKind.FIELD, GateField.NEXT_STEP, null)), process.version()));
		assertThat(gated.version()).isGreaterThan(process.version());
		BusinessRuleException refused = catchThrowableOfType(BusinessRuleException.class,
				() -> asRep(() -> opportunities.moveToStage(deal.id(), won, deal.version())));
		assertThat(refused.reasons()).extracting(reason -> messages.getMessage(reason, Locale.ENGLISH))
			.containsExactly("Qualification: the next step is missing");

		asAdmin(() -> admin.updateStage(process.id(), first.id(), stage(first), gated.version()));
		OpportunityView moved = asRep(() -> opportunities.moveToStage(deal.id(), won, deal.version()));
		assertThat(moved.status()).isEqualTo(OpportunityStatus.WON);
	}

	@Test
	void aStageWithDealsOrHistoryCannotBeDeleted() {
		String line = "Delete " + unique;
		ProcessView process = define("Deletable", line, null);
		ProcessView withDemo = asAdmin(
				() -> admin.addStage(process.id(), named("Demo", StageOutcome.OPEN), process.version()));
		ProcessView withTrial = asAdmin(
				() -> admin.addStage(process.id(), named("Trial", StageOutcome.OPEN), withDemo.version()));
		assertThat(withTrial.stages()).extracting(StageView::name)
			.containsExactly("Qualification", "Demo", "Trial", "Won");
		long first = withTrial.stages().get(0).id();
		long demo = withTrial.stages().get(1).id();
		long trial = withTrial.stages().get(2).id();
		OpportunityView deal = open(null, line);

		BusinessRuleException inUse = catchThrowableOfType(BusinessRuleException.class,
				() -> asAdmin(() -> admin.deleteStage(process.id(), first, withTrial.version())));
		assertThat(inUse.messageKey()).isEqualTo("sales.process.error.stageInUse");
		assertThat(messages.getMessage(inUse.messageKey(), inUse.arguments(), Locale.ENGLISH))
			.isEqualTo("1 opportunity(ies) are in the stage \u201cQualification\u201d: move them to another stage "
					+ "before deleting it.");

		OpportunityView inDemo = asRep(() -> opportunities.moveToStage(deal.id(), demo, deal.version()));
		asRep(() -> opportunities.moveToStage(deal.id(), first, inDemo.version()));
		ProcessView current = processes.get(process.id());
		assertThatThrownBy(() -> asAdmin(() -> admin.deleteStage(process.id(), demo, current.version())))
			.hasMessage("sales.process.error.stageInHistory");

		ProcessView withoutTrial = asAdmin(() -> admin.deleteStage(process.id(), trial, current.version()));
		assertThat(withoutTrial.stages()).extracting(StageView::name).containsExactly("Qualification", "Demo", "Won");
		long wonStage = withoutTrial.stages().get(2).id();
		assertThatThrownBy(() -> asAdmin(() -> admin.deleteStage(process.id(), wonStage, withoutTrial.version())))
			.hasMessage("sales.process.error.won");
	}

	@Test
	void stagesMoveUpAndDownAndTheWonStageStaysLast() {
		ProcessView process = define("Ordered", "Order " + unique, null);
		ProcessView three = asAdmin(
				() -> admin.addStage(process.id(), named("Proposal", StageOutcome.OPEN), process.version()));
		long proposal = three.stages().get(1).id();

		ProcessView up = asAdmin(() -> admin.moveStage(process.id(), proposal, -1, three.version()));
		assertThat(up.stages()).extracting(StageView::name).containsExactly("Proposal", "Qualification", "Won");
		assertThat(up.stages()).extracting(StageView::position).containsExactly(1, 2, 3);
		assertThat(processes.get(process.id()).stages()).extracting(StageView::name)
			.containsExactly("Proposal", "Qualification", "Won");

		long qualification = up.stages().get(1).id();
		long won = up.stages().get(2).id();
		assertThatThrownBy(() -> asAdmin(() -> admin.moveStage(process.id(), qualification, 1, up.version())))
			.hasMessage("sales.process.error.won");
		assertThatThrownBy(() -> asAdmin(() -> admin.moveStage(process.id(), won, -1, up.version())))
			.hasMessage("sales.process.error.won");
		assertThatThrownBy(
				() -> asAdmin(() -> admin.addStage(process.id(), named("Second won", StageOutcome.WON), up.version())))
			.hasMessage("sales.process.error.won");
		// a change based on an old version is refused
		assertThatThrownBy(() -> asAdmin(() -> admin.moveStage(process.id(), proposal, 1, three.version())))
			.isInstanceOf(StaleVersionException.class);

		ProcessView back = asAdmin(
				() -> admin.reorderStages(process.id(), List.of(qualification, proposal, won), up.version()));
		assertThat(back.stages()).extracting(StageView::name).containsExactly("Qualification", "Proposal", "Won");
	}

	@Test
	void aStageKeepsItsTasksTickedOnDealsUnlessTheyAreRemoved() {
		String line = "Tasks " + unique;
		ProcessView process = define("Checklist", line, null);
		StageView first = process.stages().get(0);
		ProcessView withTasks = asAdmin(() -> admin.updateStage(process.id(), first.id(),
				new SaveStage("Qualification", 15, null, "Find out who decides",
						List.of(new SaveStage.Task(null, "Call", true), new SaveStage.Task(null, "Visit", false)),
						List.of()),
				process.version()));
		StageView.TaskView call = withTasks.stages().get(0).tasks().get(0);
		StageView.TaskView visit = withTasks.stages().get(0).tasks().get(1);
		OpportunityView deal = open(null, line);
		OpportunityView ticked = asRep(() -> opportunities.markTask(deal.id(), call.id(), true, deal.version()));
		OpportunityView both = asRep(() -> opportunities.markTask(deal.id(), visit.id(), true, ticked.version()));

		ProcessView renamed = asAdmin(() -> admin.updateStage(process.id(), first.id(),
				new SaveStage("Qualification", 15, null, null,
						List.of(new SaveStage.Task(call.id(), "Call the buyer", true)), List.of()),
				withTasks.version()));

		assertThat(renamed.stages().get(0).tasks()).extracting(StageView.TaskView::name)
			.containsExactly("Call the buyer");
		assertThat(renamed.stages().get(0).probability()).isEqualTo(15);
		assertThat(asRep(() -> opportunities.get(deal.id())).doneTaskIds()).containsExactly(call.id());
		assertThat(both.doneTaskIds()).hasSize(2);
	}

	@Test
	void thereIsAlwaysExactlyOneDefault() {
		ProcessView standard = processes.defaultProcess();
		ProcessView candidate = define("Candidate", null, null);
		assertThatThrownBy(() -> asAdmin(() -> admin.update(standard.id(),
				new SaveProcess(standard.name(), standard.description(), null, null, true, false), standard.version())))
			.hasMessage("sales.process.error.defaultRequired");
		assertThatThrownBy(() -> asAdmin(() -> admin.update(candidate.id(),
				new SaveProcess(candidate.name(), null, null, null, false, true), candidate.version())))
			.hasMessage("sales.process.error.defaultInactive");

		ProcessView made = asAdmin(() -> admin.update(candidate.id(),
				new SaveProcess(candidate.name(), null, null, null, true, true), candidate.version()));
		try {
			assertThat(made.defaultProcess()).isTrue();
			assertThat(processes.defaultProcess().id()).isEqualTo(candidate.id());
			assertThat(processes.get(standard.id()).defaultProcess()).isFalse();
			assertThat(asAdmin(admin::all)).filteredOn(ProcessView::defaultProcess).hasSize(1);
			assertThatThrownBy(() -> asAdmin(() -> {
				admin.delete(candidate.id(), made.version());
				return null;
			})).hasMessage("sales.process.error.deleteDefault");
		}
		finally {
			ProcessView old = processes.get(standard.id());
			asAdmin(() -> admin.update(standard.id(),
					new SaveProcess(old.name(), old.description(), null, null, true, true), old.version()));
		}
		assertThat(processes.defaultProcess().id()).isEqualTo(standard.id());
	}

	@Test
	void aCopyOfTheDefaultStartsInactiveWithAllItsStages() {
		ProcessView standard = processes.defaultProcess();

		ProcessView copy = asAdmin(() -> admin.copy(standard.id()));

		assertThat(copy.name()).startsWith("Copy of " + standard.name());
		assertThat(copy.active()).isFalse();
		assertThat(copy.defaultProcess()).isFalse();
		assertThat(copy.stages()).extracting(StageView::code)
			.containsExactlyElementsOf(standard.stages().stream().map(StageView::code).toList());
		assertThat(copy.stages().get(2).gates()).extracting(StageView.GateView::kind)
			.containsExactlyInAnyOrderElementsOf(
					standard.stages().get(2).gates().stream().map(StageView.GateView::kind).toList());
		assertThat(copy.stages().get(1).tasks()).extracting(StageView.TaskView::code)
			.containsExactly("CLARIFY_NEEDS", "BACKGROUND", "EXPECTED_SCALE", "FIT_ASSESSMENT");
		assertThat(copy.stages().get(1).tasks().get(0).id()).isNotEqualTo(standard.stages().get(1).tasks().get(0).id());
		// an unused copy can go again
		asAdmin(() -> {
			admin.delete(copy.id(), copy.version());
			return null;
		});
	}

	@Test
	void onlyAdministratorsDefineProcesses() {
		assertThatThrownBy(
				() -> users.as(rep, () -> admin.create(new SaveProcess("Mine", null, null, null, null, null))))
			.isInstanceOf(AccessDeniedProblem.class);
		ProcessView standard = processes.defaultProcess();
		assertThatThrownBy(() -> users.as(rep, () -> admin.copy(standard.id())))
			.isInstanceOf(AccessDeniedProblem.class);
	}

	private ProcessView define(String name, String productLine, Tier segment) {
		return asAdmin(
				() -> admin.create(new SaveProcess(name + " " + unique, null, productLine, segment, true, null)));
	}

	private void deactivate(ProcessView process) {
		ProcessView current = processes.get(process.id());
		SaveProcess command = SaveProcess.of(current);
		asAdmin(() -> admin.update(process.id(),
				new SaveProcess(command.name(), null, command.productLine(), command.segment(), false, null),
				current.version()));
	}

	private OpportunityView open(Tier tier, String productLine) {
		long accountId = asRep(() -> accounts.create(account("Account " + unique, tier)).id());
		return asRep(() -> opportunities.create(new SaveOpportunity(accountId, "Deal " + unique, new BigDecimal("5000"),
				"CNY", LocalDate.now().plusMonths(1), null, productLine, null, null, null, null)));
	}

	static SaveAccount account(String name, Tier tier) {
		return new SaveAccount(name, AccountKind.COMPANY, null, null, null, null, null, null, null, null, null, null,
				null, null, tier, LifecycleStage.PROSPECT, AccountStatus.ACTIVE, null, null);
	}

	private static SaveStage stage(StageView stage, SaveStage.Gate... gates) {
		return new SaveStage(stage.name(), stage.probability(), stage.outcome(), stage.guidance(),
				stage.tasks()
					.stream()
					.map(task -> new SaveStage.Task(task.id(), task.name(), task.required()))
					.toList(),
				List.of(gates));
	}

	private static SaveStage named(String name, StageOutcome outcome) {
		return new SaveStage(name, 30, outcome, null, List.of(), List.of());
	}

	private <T> T asAdmin(Supplier<T> work) {
		return users.as(administrator, work);
	}

	private <T> T asRep(Supplier<T> work) {
		return users.as(rep, work);
	}

}
