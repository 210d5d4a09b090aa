package io.guanxi.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.SaveAccount;
import io.guanxi.platform.Role;
import io.guanxi.platform.user.CreateUser;
import io.guanxi.platform.user.SaveTeam;
import io.guanxi.platform.user.TeamService;
import io.guanxi.sales.internal.SalesProcess;
import io.guanxi.sales.internal.SalesProcessRepository;
import io.guanxi.sales.internal.Stage;
import org.jspecify.annotations.Nullable;

/**
 * Deals for pipeline and forecast tests: a process of its own without control points (so
 * any move is allowed), accounts, and deals with the amounts, dates and categories a test
 * needs.
 */
class DealFixture {

	final String unique = UUID.randomUUID().toString().substring(0, 8);

	private final TestUsers users;

	private final Opportunities opportunities;

	private final SalesProcesses processes;

	private final SalesProcessRepository processRepository;

	private final AccountService accounts;

	private final TeamService teams;

	DealFixture(TestUsers users, Opportunities opportunities, SalesProcesses processes,
			SalesProcessRepository processRepository, AccountService accounts, TeamService teams) {
		this.users = users;
		this.opportunities = opportunities;
		this.processes = processes;
		this.processRepository = processRepository;
		this.accounts = accounts;
		this.teams = teams;
	}

	/** Qualify 10 %, Propose 50 %, Commit 90 %, then Won; no control points. */
	ProcessView process() {
		SalesProcess process = new SalesProcess("Pipeline test " + unique);
		process.stages().add(new Stage(process, 1, "Qualify", 10, StageOutcome.OPEN));
		process.stages().add(new Stage(process, 2, "Propose", 50, StageOutcome.OPEN));
		process.stages().add(new Stage(process, 3, "Commit", 90, StageOutcome.OPEN));
		process.stages().add(new Stage(process, 4, "Won", 100, StageOutcome.WON));
		return processes.get(processRepository.saveAndFlush(process).id());
	}

	long team(String name) {
		return teams.createTeam(new SaveTeam(name + " " + unique, null, 0));
	}

	TestUser user(Role role, @Nullable Long team, @Nullable TestUser manager) {
		String username = role.name().toLowerCase().replace('_', '-') + "-"
				+ UUID.randomUUID().toString().substring(0, 8);
		long id = users.userService()
			.create(new CreateUser(username, "Test " + username, null, role, team,
					manager == null ? null : manager.id(), TestUsers.PASSWORD));
		return new TestUser(id, username);
	}

	long account(TestUser owner) {
		return users.as(owner, () -> accounts.create(new SaveAccount("Account " + UUID.randomUUID(), null)).id());
	}

	OpportunityView deal(TestUser owner, long accountId, @Nullable Long processId, String name, @Nullable String amount,
			String currency, @Nullable LocalDate closeDate, @Nullable String productLine) {
		return users.as(owner,
				() -> opportunities.create(new SaveOpportunity(accountId, name + " " + unique,
						amount == null ? null : new BigDecimal(amount), currency, closeDate, null, productLine, null,
						null, null, processId)));
	}

	OpportunityView forecast(TestUser owner, OpportunityView deal, int probability, ForecastCategory category) {
		return users.as(owner, () -> opportunities.forecast(deal.id(), probability, category, deal.version()));
	}

	OpportunityView move(TestUser owner, OpportunityView deal, long stageId) {
		return users.as(owner, () -> opportunities.moveToStage(deal.id(), stageId, deal.version()));
	}

	OpportunityView lost(TestUser owner, OpportunityView deal) {
		return users.as(owner, () -> opportunities.markLost(deal.id(), "Budget went elsewhere", deal.version()));
	}

	OpportunityView member(TestUser owner, OpportunityView deal, TestUser member) {
		return users.as(owner,
				() -> opportunities.putMember(deal.id(), member.id(), TeamRole.PRESALES, false, deal.version()));
	}

	static long stage(ProcessView process, int position) {
		return process.stages().get(position - 1).id();
	}

}
