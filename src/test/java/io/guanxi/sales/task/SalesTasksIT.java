package io.guanxi.sales.task;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.platform.AccessDeniedProblem;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.Role;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.sales.Deals;
import io.guanxi.sales.Opportunities;
import io.guanxi.sales.OpportunityView;
import io.guanxi.sales.SaveSalesTask;
import io.guanxi.sales.SalesTaskView;
import io.guanxi.sales.SalesTasks;
import io.guanxi.sales.TaskFilter;
import io.guanxi.sales.TaskPriority;
import io.guanxi.sales.TeamRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who sees and changes a sales task, and what a task must be: the rules of
 * {@link SalesTasks} through the service.
 */
@IntegrationTest
class SalesTasksIT {

	static final Instant IN_A_WEEK = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.MINUTES);

	@Autowired
	TestUsers users;

	@Autowired
	SalesTasks tasks;

	@Autowired
	Opportunities opportunities;

	@Autowired
	AccountService accounts;

	Deals deals;

	TestUser manager;

	TestUser rep;

	TestUser colleague;

	TestUser stranger;

	OpportunityView deal;

	@BeforeEach
	void aRepWithADeal() {
		deals = new Deals(users, accounts, opportunities);
		manager = users.create(Role.SALES_MANAGER);
		rep = users.create(Role.SALES_REP, manager);
		colleague = users.create(Role.SALES_REP, manager);
		stranger = users.create(Role.SALES_REP);
		deal = deals.open(rep, "Cloud");
	}

	@Test
	void aTaskForADealIsSeenByTheDealsReadersAndBelongsToItsAccount() {
		SalesTaskView task = as(rep, () -> tasks.create(task("Send the proposal", deal.id(), null)));

		assertThat(task.accountId()).isEqualTo(deal.accountId());
		assertThat(task.opportunityName()).isEqualTo(deals.named("Cloud"));
		assertThat(task.assigneeId()).isEqualTo(rep.id());
		assertThat(as(manager, () -> tasks.get(task.id())).canChange()).isTrue();
		assertThat(as(manager, () -> tasks.openForAccount(deal.accountId()))).extracting(SalesTaskView::id)
			.containsExactly(task.id());
		assertThat(as(rep, () -> tasks.openForOpportunity(deal.id()))).extracting(SalesTaskView::id)
			.containsExactly(task.id());
		assertThatThrownBy(() -> as(stranger, () -> tasks.get(task.id()))).isInstanceOf(RecordNotFoundException.class);
		assertThatThrownBy(() -> as(colleague, () -> tasks.get(task.id()))).isInstanceOf(RecordNotFoundException.class);
		assertThatThrownBy(() -> as(stranger, () -> tasks.openForOpportunity(deal.id())))
			.isInstanceOf(RecordNotFoundException.class);
	}

	@Test
	void aReadOnlyTeamMemberSeesTheDealsTasksButChangesOnlyTheirOwn() {
		deals.put(rep, deal.id(), stranger, TeamRole.MARKETING, false);
		SalesTaskView repsTask = as(rep, () -> tasks.create(task("Visit the CIO", deal.id(), null)));

		assertThat(as(stranger, () -> tasks.get(repsTask.id())).canChange()).isFalse();
		assertThatThrownBy(() -> as(stranger, () -> tasks.markDone(repsTask.id(), true, repsTask.version())))
			.isInstanceOf(AccessDeniedProblem.class);
		SalesTaskView own = as(stranger, () -> tasks.create(task("Draft the case study", deal.id(), null)));
		assertThat(as(stranger, () -> tasks.markDone(own.id(), true, own.version())).done()).isTrue();
		assertThat(as(stranger, () -> tasks.list(TaskFilter.none(), PageRequest.of(0, 10))).getContent())
			.extracting(SalesTaskView::id)
			.containsExactly(repsTask.id(), own.id());
	}

	@Test
	void aPersonalTaskIsSeenByItsAssigneeAndCreatorOnly() {
		SalesTaskView task = as(manager, () -> tasks
			.create(new SaveSalesTask("Prepare the 1:1", null, IN_A_WEEK, null, null, rep.id(), null, null)));

		assertThat(as(rep, () -> tasks.get(task.id())).canChange()).isTrue();
		assertThat(as(rep, () -> tasks.mine().upcoming())).extracting(SalesTaskView::id).contains(task.id());
		assertThat(as(manager, () -> tasks.get(task.id())).assigneeName()).isEqualTo("Test " + rep.username());
		assertThatThrownBy(() -> as(colleague, () -> tasks.get(task.id()))).isInstanceOf(RecordNotFoundException.class);
	}

	@Test
	void someoneWhoMayNotReadTheDealIsNotGivenItsTaskUntilTheyJoinTheTeam() {
		assertThatThrownBy(() -> as(rep,
				() -> tasks
					.create(new SaveSalesTask("Demo", null, IN_A_WEEK, null, null, stranger.id(), deal.id(), null))))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("sales.tasks.error.assigneeAccess");

		deals.put(rep, deal.id(), stranger, TeamRole.PRESALES, false);
		SalesTaskView task = as(rep, () -> tasks.create(
				new SaveSalesTask("Demo", null, IN_A_WEEK, null, TaskPriority.HIGH, stranger.id(), deal.id(), null)));

		assertThat(as(stranger, () -> tasks.mine().upcoming())).extracting(SalesTaskView::id)
			.containsExactly(task.id());
		assertThat(as(stranger, () -> tasks.get(task.id())).canChange()).isTrue();
	}

	@Test
	void anAccountsTaskIsSeenByWhoeverReadsTheAccount() {
		long account = deals.account(rep, "Retail");
		SalesTaskView task = as(rep, () -> tasks.create(task("Check the credit limit", null, account)));

		assertThat(as(manager, () -> tasks.get(task.id())).accountName()).isEqualTo(deals.named("Retail"));
		assertThatThrownBy(() -> as(stranger, () -> tasks.get(task.id()))).isInstanceOf(RecordNotFoundException.class);
		assertThatThrownBy(() -> as(stranger, () -> tasks.create(task("Mine now", null, account))))
			.isInstanceOf(RecordNotFoundException.class);
	}

	@Test
	void aReminderAfterTheDueTimeAndOtherBadTasksAreRefused() {
		assertThatThrownBy(() -> as(rep,
				() -> tasks.create(
						new SaveSalesTask("Call", null, IN_A_WEEK, IN_A_WEEK.plusSeconds(60), null, null, null, null))))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("sales.tasks.error.reminderAfterDue");
		assertThatThrownBy(() -> as(rep, () -> tasks.create(task(" ", null, null))))
			.hasMessage("sales.tasks.error.titleRequired");
		assertThatThrownBy(
				() -> as(rep, () -> tasks.create(new SaveSalesTask("Call", null, null, null, null, null, null, null))))
			.hasMessage("sales.tasks.error.dueRequired");
		long otherAccount = deals.account(rep, "Elsewhere");
		assertThatThrownBy(() -> as(rep, () -> tasks.create(task("Call", deal.id(), otherAccount))))
			.hasMessage("sales.tasks.error.otherAccount");
		assertThatThrownBy(() -> as(rep,
				() -> tasks.create(new SaveSalesTask("Call", null, IN_A_WEEK, null, null, -1L, null, null))))
			.hasMessage("sales.tasks.error.assignee");

		SalesTaskView ok = as(rep,
				() -> tasks.create(new SaveSalesTask("Call", null, IN_A_WEEK, IN_A_WEEK, null, null, null, null)));
		assertThat(ok.remindAt()).isEqualTo(IN_A_WEEK);
		assertThatThrownBy(() -> as(rep, () -> tasks.update(ok.id(), task("Call again", null, null), ok.version() + 1)))
			.isInstanceOf(StaleVersionException.class);
	}

	@Test
	void aTaskOutlivesItsAccount() {
		long account = deals.account(rep, "Short-lived");
		SalesTaskView task = as(rep, () -> tasks.create(task("Say goodbye", null, account)));

		as(rep, () -> {
			accounts.delete(account, accounts.get(account).version());
			return null;
		});

		SalesTaskView kept = as(rep, () -> tasks.get(task.id()));
		assertThat(kept.accountId()).isNull();
		assertThat(kept.title()).isEqualTo("Say goodbye");
	}

	private static SaveSalesTask task(String title, Long opportunityId, Long accountId) {
		return new SaveSalesTask(title, null, IN_A_WEEK, null, null, null, opportunityId, accountId);
	}

	private <T> T as(TestUser user, Supplier<T> work) {
		return users.as(user, work);
	}

}
