package io.guanxi.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.platform.AccessService;
import io.guanxi.platform.Role;
import io.guanxi.platform.user.TeamService;
import io.guanxi.sales.PipelineBoard.Card;
import io.guanxi.sales.PipelineBoard.Column;
import io.guanxi.sales.PipelineBoard.Total;
import io.guanxi.sales.PipelineSummary.Cell;
import io.guanxi.sales.internal.OpportunityAccess;
import io.guanxi.sales.internal.SalesProcessRepository;
import io.guanxi.sales.pipeline.DealFilters;
import io.guanxi.sales.pipeline.DealSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The board of a process of its own: 55 deals of rep A in the first stage (more than a
 * column lists), a few of rep B further on, one of a rep in another team with A on its
 * deal team, and won deals in and before this quarter.
 */
@IntegrationTest
class PipelineBoardIT {

	@Autowired
	TestUsers users;

	@Autowired
	Opportunities opportunities;

	@Autowired
	SalesProcesses processes;

	@Autowired
	SalesProcessRepository processRepository;

	@Autowired
	AccountService accounts;

	@Autowired
	TeamService teams;

	@Autowired
	Pipelines pipelines;

	@Autowired
	AccessService access;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DealFilters dealFilters;

	DealFixture fixture;

	ProcessView process;

	TestUser manager;

	TestUser repA;

	TestUser repB;

	TestUser outsider;

	List<OpportunityView> qualifying = new ArrayList<>();

	OpportunityView shared;

	OpportunityView wonNow;

	@BeforeEach
	void deals() {
		fixture = new DealFixture(users, opportunities, processes, processRepository, accounts, teams);
		process = fixture.process();
		long team = fixture.team("Board");
		manager = fixture.user(Role.SALES_MANAGER, team, null);
		repA = fixture.user(Role.SALES_REP, team, manager);
		repB = fixture.user(Role.SALES_REP, team, manager);
		outsider = fixture.user(Role.SALES_REP, null, null);
		long accountA = fixture.account(repA);
		LocalDate start = LocalDate.of(2030, 1, 1);
		// 55 deals of 1,000 at 10 %, closing a day apart, created latest first
		for (int i = 54; i >= 0; i--) {
			qualifying.add(fixture.deal(repA, accountA, process.id(), "Q" + i, "1000", "CNY", start.plusDays(i), null));
		}
		long accountB = fixture.account(repB);
		OpportunityView proposeOne = fixture.deal(repB, accountB, process.id(), "P1", "10000", "CNY",
				start.plusMonths(2), "Cloud");
		fixture.move(repB, proposeOne, DealFixture.stage(process, 2));
		OpportunityView proposeTwo = fixture.move(repB,
				fixture.deal(repB, accountB, process.id(), "P2", "3000", "CNY", start.plusMonths(3), "Cloud"),
				DealFixture.stage(process, 2));
		fixture.forecast(repB, proposeTwo, 70, ForecastCategory.BEST_CASE);
		fixture.move(repB, fixture.deal(repB, accountB, process.id(), "P3", "1000", "USD", start.plusMonths(3), null),
				DealFixture.stage(process, 2));
		shared = fixture.deal(outsider, fixture.account(outsider), process.id(), "Shared", "5000", "CNY",
				start.plusMonths(1), null);
		shared = fixture.move(outsider, shared, DealFixture.stage(process, 3));
		fixture.member(outsider, shared, repA);
		wonNow = fixture.move(repB,
				fixture.deal(repB, accountB, process.id(), "Won now", "8000", "CNY", LocalDate.now(), null),
				DealFixture.stage(process, 4));
		fixture.move(repB, fixture.deal(repB, accountB, process.id(), "Won long ago", "9000", "CNY",
				LocalDate.now().minusYears(2), null), DealFixture.stage(process, 4));
	}

	@Test
	void aColumnListsTheClosestDealsAndCountsThemAll() {
		PipelineBoard board = board(manager, filter());

		Column qualify = board.columns().get(0);
		assertThat(qualify.count()).isEqualTo(55);
		assertThat(qualify.cards()).hasSize(Pipelines.CARD_LIMIT);
		assertThat(qualify.more()).isEqualTo(55 - Pipelines.CARD_LIMIT);
		assertThat(qualify.cards().get(0).name()).startsWith("Q0 ");
		int last = Pipelines.CARD_LIMIT - 1;
		assertThat(qualify.cards().get(last).name()).startsWith("Q" + last + " ");
		assertTotal(qualify.totals().get(0), "CNY", 55, "55000", "5500");
		assertThat(qualify.cards().get(0).accountName()).startsWith("Account ");
		assertThat(qualify.cards().get(0).ownerName()).isEqualTo("Test " + repA.username());
	}

	@Test
	void weightedAmountsFollowEachDealsProbabilityAndCurrenciesAddUpApart() {
		Column propose = board(manager, filter()).columns().get(1);

		// 10,000 at 50 % and 3,000 at 70 %
		assertThat(propose.count()).isEqualTo(3);
		assertThat(propose.totals()).hasSize(2);
		assertTotal(propose.totals().get(0), "CNY", 2, "13000", "7100");
		assertTotal(propose.totals().get(1), "USD", 1, "1000", "500");
		Card three = propose.cards().stream().filter(card -> card.name().startsWith("P2 ")).findFirst().orElseThrow();
		assertThat(three.weighted()).isEqualByComparingTo("2100");
		assertThat(three.probability()).isEqualTo(70);
	}

	@Test
	void theWonColumnShowsTheDealsWonThisQuarter() {
		Column won = board(manager, filter()).columns().get(3);

		assertThat(won.stage().won()).isTrue();
		assertThat(won.cards()).extracting(Card::id).containsExactly(wonNow.id());
		assertTotal(won.totals().get(0), "CNY", 1, "8000", "8000");

		Column wonEver = board(manager, filter().withCloseDates(LocalDate.of(2000, 1, 1), null)).columns().get(3);
		assertThat(wonEver.count()).isEqualTo(2);
	}

	@Test
	void aRepSeesTheirOwnDealsAndTheirDealTeamsButNotTheirColleagues() {
		PipelineBoard board = board(repA, filter());

		assertThat(board.columns().get(0).count()).isEqualTo(55);
		assertThat(board.columns().get(1).count()).isZero();
		assertThat(board.columns().get(2).cards()).extracting(Card::id).containsExactly(shared.id());
		assertThat(board.columns().get(3).count()).isZero();

		PipelineBoard managers = board(manager, filter());
		assertThat(managers.columns().get(2).count()).isZero();
		assertThat(board(outsider, filter()).columns().get(0).count()).isZero();
	}

	@Test
	void ownerProductLineAndCloseDateFiltersNarrowCardsAndTotals() {
		assertThat(board(manager, filter().withOwner(PipelineFilter.ME)).columns())
			.allSatisfy(column -> assertThat(column.count()).isZero());
		assertThat(board(manager, filter().withOwner(String.valueOf(repB.id()))).columns().get(0).count()).isZero();
		PipelineFilter cloud = new PipelineFilter(process.id(), null, null, null, null, "CLOUD", null);
		assertThat(board(manager, cloud).columns().get(1).count()).isEqualTo(2);
		PipelineFilter january = filter().withCloseDates(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 10));
		assertThat(board(manager, january).columns().get(0).count()).isEqualTo(10);
	}

	@Test
	void aDealDroppedBeyondTheFirstCardsIsListedAnyway() {
		OpportunityView last = qualifying.get(0);

		PipelineBoard board = users.as(manager, () -> pipelines.board(filter(), last.id()));

		List<Card> cards = board.columns().get(0).cards();
		assertThat(cards).hasSize(Pipelines.CARD_LIMIT + 1);
		assertThat(cards.get(Pipelines.CARD_LIMIT).id()).isEqualTo(last.id());
	}

	@Test
	void theSummaryAddsUpEachOwnerAndTheTeam() {
		PipelineSummary summary = users.as(manager, () -> pipelines.summary(filter()));

		assertThat(summary.stages()).hasSize(3);
		assertThat(summary.owners()).extracting(PipelineSummary.Row::id).containsExactly(repA.id(), repB.id());
		assertCell(summary.owners().get(0).total(), 55, "55000", "5500");
		assertCell(summary.owners().get(1).cells().get(1), 2, "13000", "7100");
		assertThat(summary.teams()).hasSize(1);
		assertCell(summary.teams().get(0).total(), 57, "68000", "12600");
		assertCell(summary.total().total(), 57, "68000", "12600");

		PipelineSummary own = users.as(repA, () -> pipelines.summary(filter()));
		assertThat(own.teams()).isEmpty();
		assertThat(own.owners()).extracting(PipelineSummary.Row::id).containsExactly(repA.id(), outsider.id());
	}

	@Test
	void theUnionFindsTheSameDealsAsTheAccessRule() {
		for (TestUser user : List.of(manager, repA, repB, outsider)) {
			List<Long> byRule = users.as(user,
					() -> jdbc
						.sql("select o.id from sales_opportunity o where o.process_id = :process and "
								+ OpportunityAccess.readCondition("o", access.scope()) + " order by o.id")
						.params(OpportunityAccess.readParameters(access.scope()))
						.param("process", process.id())
						.query(Long.class)
						.list());
			List<Long> byUnion = users.as(user, () -> {
				DealSource deals = DealSource.visibleTo(access.scope())
					.where("o.process_id = :process", "process", process.id());
				return jdbc.sql("select v.id from " + deals.from("o.id", "v") + " order by v.id")
					.params(deals.parameters())
					.query(Long.class)
					.list();
			});
			List<Long> byLookedUpMembers = users.as(user, () -> {
				DealSource deals = dealFilters.anyCloseDate(PipelineFilter.none())
					.where("o.process_id = :process", "process", process.id());
				return jdbc.sql("select v.id from " + deals.from("o.id", "v") + " order by v.id")
					.params(deals.parameters())
					.query(Long.class)
					.list();
			});
			assertThat(byUnion).as(user.username()).isNotEmpty().isEqualTo(byRule);
			assertThat(byLookedUpMembers).as(user.username()).isEqualTo(byRule);
		}
	}

	private PipelineFilter filter() {
		return PipelineFilter.none().withProcess(process.id());
	}

	private PipelineBoard board(TestUser user, PipelineFilter filter) {
		return users.as(user, () -> pipelines.board(filter));
	}

	private static void assertTotal(Total total, String currency, long count, String amount, String weighted) {
		assertThat(total.currency()).isEqualTo(currency);
		assertThat(total.count()).isEqualTo(count);
		assertThat(total.amount()).isEqualByComparingTo(new BigDecimal(amount));
		assertThat(total.weighted()).isEqualByComparingTo(new BigDecimal(weighted));
	}

	private static void assertCell(Cell cell, long count, String amount, String weighted) {
		assertThat(cell.count()).isEqualTo(count);
		assertThat(cell.amount()).isEqualByComparingTo(new BigDecimal(amount));
		assertThat(cell.weighted()).isEqualByComparingTo(new BigDecimal(weighted));
	}

}
