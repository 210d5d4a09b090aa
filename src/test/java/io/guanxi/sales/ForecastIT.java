package io.guanxi.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.Role;
import io.guanxi.platform.user.TeamService;
import io.guanxi.sales.Forecast.Row;
import io.guanxi.sales.internal.SalesProcessRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The forecast against totals computed by hand from a fixed set of deals in the first
 * half of 2031 (CNY unless said otherwise). Manager M leads reps A and B; C is in another
 * team.
 *
 * <pre>
 * deal  owner  status/category  close date  amount      counts for M?
 * A1    A      WON              2031-01-15  100,000     yes, closed won, Jan
 * A2    A      OPEN COMMIT      2031-01-20   50,000     yes, commit, Jan
 * A3    A      OPEN BEST_CASE   2031-02-10   80,000     yes, best case, Feb
 * A4    A      OPEN PIPELINE    2031-02-28   30,000     yes, pipeline, Feb
 * A5    A      OPEN OMITTED     2031-01-05  999,000     no: omitted
 * A6    A      LOST             2031-03-01   70,000     no: lost
 * A7    A      OPEN COMMIT      2031-04-01   40,000 USD no: another currency
 * B1    B      WON              2031-03-31  200,000     yes, closed won, Mar
 * B2    B      OPEN COMMIT      2031-03-15  120,000     yes, commit, Mar
 * B3    B      OPEN PIPELINE    2031-05-20   60,000     yes, pipeline, May
 * B4    B      OPEN BEST_CASE   2031-06-30   25,000.50  yes, best case, Jun
 * B5    B      OPEN PIPELINE    (none)       10,000     no: no close date
 * B6    B      OPEN COMMIT      2031-07-01      500     no: after June
 * C1    C      WON              2031-01-10  300,000     no: not M's team
 * C2    C      OPEN COMMIT      2031-02-01    7,000     no (A is on its deal team: A sees it)
 *
 * M by month (closed won / commit / best case / pipeline, each including the one before):
 * Jan  100,000 / 150,000 / 150,000    / 150,000       (A1; + A2)
 * Feb        0 /       0 /  80,000    / 110,000       (A3; + A4)
 * Mar  200,000 / 320,000 / 320,000    / 320,000       (B1; + B2)
 * Apr        0 /       0 /       0    /       0
 * May        0 /       0 /       0    /  60,000       (B3)
 * Jun        0 /       0 /  25,000.50 /  25,000.50    (B4)
 * M by quarter:
 * Q1   300,000 / 470,000 / 550,000    / 580,000       deals 2 / 4 / 5 / 6
 * Q2         0 /       0 /  25,000.50 /  85,000.50    deals 0 / 0 / 1 / 2
 * all  300,000 / 470,000 / 575,000.50 / 665,000.50
 * A alone, as A, by quarter: Q1 100,000 / 157,000 / 237,000 / 267,000 (A1; A2 + C2; A3; A4)
 * B alone (M with owner = B): Q1 200,000 / 320,000 / 320,000 / 320,000
 * </pre>
 */
@IntegrationTest
class ForecastIT {

	static final LocalDate JANUARY = LocalDate.of(2031, 1, 1);

	static final LocalDate JUNE_END = LocalDate.of(2031, 6, 30);

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
	Forecasts forecasts;

	DealFixture fixture;

	TestUser manager;

	TestUser repA;

	TestUser repB;

	TestUser repC;

	long team;

	@BeforeEach
	void deals() {
		fixture = new DealFixture(users, opportunities, processes, processRepository, accounts, teams);
		ProcessView process = fixture.process();
		long won = DealFixture.stage(process, 4);
		team = fixture.team("Forecast");
		manager = fixture.user(Role.SALES_MANAGER, team, null);
		repA = fixture.user(Role.SALES_REP, team, manager);
		repB = fixture.user(Role.SALES_REP, null, manager);
		repC = fixture.user(Role.SALES_REP, null, null);
		Deals a = new Deals(repA, process.id());
		fixture.move(repA, a.deal("A1", "100000", "CNY", "2031-01-15"), won);
		fixture.forecast(repA, a.deal("A2", "50000", "CNY", "2031-01-20"), 90, ForecastCategory.COMMIT);
		fixture.forecast(repA, a.deal("A3", "80000", "CNY", "2031-02-10"), 60, ForecastCategory.BEST_CASE);
		fixture.forecast(repA, a.deal("A4", "30000", "CNY", "2031-02-28"), 20, ForecastCategory.PIPELINE);
		fixture.forecast(repA, a.deal("A5", "999000", "CNY", "2031-01-05"), 95, ForecastCategory.OMITTED);
		fixture.lost(repA, a.deal("A6", "70000", "CNY", "2031-03-01"));
		fixture.forecast(repA, a.deal("A7", "40000", "USD", "2031-04-01"), 90, ForecastCategory.COMMIT);
		Deals b = new Deals(repB, process.id());
		fixture.move(repB, b.deal("B1", "200000", "CNY", "2031-03-31"), won);
		fixture.forecast(repB, b.deal("B2", "120000", "CNY", "2031-03-15"), 90, ForecastCategory.COMMIT);
		fixture.forecast(repB, b.deal("B3", "60000", "CNY", "2031-05-20"), 10, ForecastCategory.PIPELINE);
		fixture.forecast(repB, b.deal("B4", "25000.50", "CNY", "2031-06-30"), 50, ForecastCategory.BEST_CASE);
		fixture.forecast(repB, b.deal("B5", "10000", "CNY", null), 10, ForecastCategory.PIPELINE);
		fixture.forecast(repB, b.deal("B6", "500", "CNY", "2031-07-01"), 90, ForecastCategory.COMMIT);
		Deals c = new Deals(repC, process.id());
		fixture.move(repC, c.deal("C1", "300000", "CNY", "2031-01-10"), won);
		OpportunityView c2 = fixture.forecast(repC, c.deal("C2", "7000", "CNY", "2031-02-01"), 90,
				ForecastCategory.COMMIT);
		fixture.member(repC, c2, repA);
	}

	@Test
	void monthlyTotalsOfTheManagersTeamMatchTheHandComputedOnes() {
		Forecast forecast = users.as(manager,
				() -> forecasts.forecast(ForecastPeriod.MONTH, JANUARY, JUNE_END, PipelineFilter.none()));

		assertThat(forecast.currency()).isEqualTo("CNY");
		assertThat(forecast.periods()).extracting(Row::name)
			.containsExactly("2031-01", "2031-02", "2031-03", "2031-04", "2031-05", "2031-06");
		assertFigures(forecast.periods().get(0), "100000", "150000", "150000", "150000");
		assertFigures(forecast.periods().get(1), "0", "0", "80000", "110000");
		assertFigures(forecast.periods().get(2), "200000", "320000", "320000", "320000");
		assertFigures(forecast.periods().get(3), "0", "0", "0", "0");
		assertFigures(forecast.periods().get(4), "0", "0", "0", "60000");
		assertFigures(forecast.periods().get(5), "0", "0", "25000.50", "25000.50");
		assertFigures(forecast.total(), "300000", "470000", "575000.50", "665000.50");
	}

	@Test
	void quarterlyTotalsAndDealCountsMatchTheHandComputedOnes() {
		Forecast forecast = users.as(manager,
				() -> forecasts.forecast(ForecastPeriod.QUARTER, JANUARY, JUNE_END, PipelineFilter.none()));

		assertThat(forecast.periods()).extracting(Row::name).containsExactly("2031-Q1", "2031-Q2");
		Row first = forecast.periods().get(0);
		assertFigures(first, "300000", "470000", "550000", "580000");
		assertThat(List.of(first.closedWonDeals(), first.commitDeals(), first.bestCaseDeals(), first.pipelineDeals()))
			.containsExactly(2L, 4L, 5L, 6L);
		Row second = forecast.periods().get(1);
		assertFigures(second, "0", "0", "25000.50", "85000.50");
		assertThat(second.end()).isEqualTo(JUNE_END);
		assertThat(
				List.of(second.closedWonDeals(), second.commitDeals(), second.bestCaseDeals(), second.pipelineDeals()))
			.containsExactly(0L, 0L, 1L, 2L);
	}

	@Test
	void aRepSeesTheirOwnDealsAndThoseOfTheirDealTeams() {
		Forecast forecast = users.as(repA,
				() -> forecasts.forecast(ForecastPeriod.QUARTER, JANUARY, JUNE_END, PipelineFilter.none()));

		assertFigures(forecast.periods().get(0), "100000", "157000", "237000", "267000");
		assertFigures(forecast.periods().get(1), "0", "0", "0", "0");
	}

	@Test
	void oneRepOrOneTeamOfTheManagersScope() {
		Forecast repB = users.as(manager, () -> forecasts.forecast(ForecastPeriod.QUARTER, JANUARY, JUNE_END,
				PipelineFilter.none().withOwner(String.valueOf(this.repB.id()))));
		assertFigures(repB.periods().get(0), "200000", "320000", "320000", "320000");

		// the team holds the manager and rep A (rep B is in no team)
		Forecast teamOnly = users.as(manager, () -> forecasts.forecast(ForecastPeriod.QUARTER, JANUARY, JUNE_END,
				new PipelineFilter(null, null, team, null, null, null, null)));
		assertFigures(teamOnly.periods().get(0), "100000", "150000", "230000", "260000");
	}

	@Test
	void anotherCurrencyIsAddedUpOnItsOwn() {
		Forecast dollars = users.as(manager, () -> forecasts.forecast(ForecastPeriod.QUARTER, JANUARY, JUNE_END,
				new PipelineFilter(null, null, null, null, null, null, "usd")));

		assertThat(dollars.currency()).isEqualTo("USD");
		assertFigures(dollars.periods().get(0), "0", "0", "0", "0");
		assertFigures(dollars.periods().get(1), "0", "40000", "40000", "40000");
	}

	@Test
	void aWonDealWithoutCloseDateCountsOnTheDayItWasWon() {
		ProcessView process = fixture.process();
		OpportunityView undated = fixture.deal(repA, fixture.account(repA), process.id(), "Undated win", "1234", "CNY",
				null, "Undated " + fixture.unique);
		fixture.move(repA, undated, DealFixture.stage(process, 4));
		PipelineFilter line = new PipelineFilter(null, null, null, null, null, "undated " + fixture.unique, null);

		Forecast thisMonth = users.as(manager,
				() -> forecasts.forecast(ForecastPeriod.MONTH, LocalDate.now(), LocalDate.now(), line));

		assertThat(thisMonth.periods()).hasSize(1);
		assertFigures(thisMonth.periods().get(0), "1234", "1234", "1234", "1234");
	}

	@Test
	void aBackwardOrTooLongRangeIsRefused() {
		assertThatThrownBy(() -> users.as(manager,
				() -> forecasts.forecast(ForecastPeriod.MONTH, JUNE_END, JANUARY, PipelineFilter.none())))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("sales.pipeline.forecast.error.order");
		assertThatThrownBy(() -> users.as(manager,
				() -> forecasts.forecast(ForecastPeriod.MONTH, JANUARY, JANUARY.plusYears(3), PipelineFilter.none())))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("sales.pipeline.forecast.error.range");
	}

	private static void assertFigures(Row row, String closedWon, String commit, String bestCase, String pipeline) {
		assertThat(List.of(row.closedWon(), row.commit(), row.bestCase(), row.pipeline())).as(row.name())
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal(closedWon), new BigDecimal(commit), new BigDecimal(bestCase),
					new BigDecimal(pipeline));
	}

	/** One owner's deals on one account. */
	private final class Deals {

		private final TestUser owner;

		private final long process;

		private final long account;

		Deals(TestUser owner, long process) {
			this.owner = owner;
			this.process = process;
			this.account = fixture.account(owner);
		}

		OpportunityView deal(String name, String amount, String currency, String closeDate) {
			return fixture.deal(owner, account, process, name, amount, currency,
					closeDate == null ? null : LocalDate.parse(closeDate), null);
		}

	}

}
