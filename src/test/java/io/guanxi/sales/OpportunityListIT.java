package io.guanxi.sales;

import java.time.LocalDate;
import java.util.List;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.Role;
import io.guanxi.platform.user.TeamService;
import io.guanxi.sales.internal.SalesProcessRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The opportunity table: filters, sort orders and pages over a rep's and a colleague's
 * deals.
 */
@IntegrationTest
class OpportunityListIT {

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

	DealFixture fixture;

	ProcessView process;

	TestUser manager;

	TestUser rep;

	TestUser colleague;

	@BeforeEach
	void deals() {
		fixture = new DealFixture(users, opportunities, processes, processRepository, accounts, teams);
		process = fixture.process();
		manager = fixture.user(Role.SALES_MANAGER, null, null);
		rep = fixture.user(Role.SALES_REP, null, manager);
		colleague = fixture.user(Role.SALES_REP, null, manager);
		long account = fixture.account(rep);
		LocalDate start = LocalDate.of(2032, 3, 1);
		fixture.deal(rep, account, process.id(), "Alpha", "5000", "CNY", start, "Cloud");
		fixture.move(rep,
				fixture.deal(rep, account, process.id(), "Bravo", "20000", "CNY", start.plusDays(10), "Cloud"),
				DealFixture.stage(process, 3));
		fixture.lost(rep, fixture.deal(rep, account, process.id(), "Charlie", "15000", "CNY", start.plusDays(5), null));
		fixture.deal(rep, account, process.id(), "Delta", null, "CNY", null, null);
		fixture.move(colleague, fixture.deal(colleague, fixture.account(colleague), process.id(), "Echo", "8000", "USD",
				start.plusDays(1), "Hardware"), DealFixture.stage(process, 2));
	}

	@Test
	void sortsByCloseDateByDefaultWithDealsWithoutOneLast() {
		assertThat(names(manager, filter(), PageRequest.of(0, 10))).containsExactly("Alpha", "Echo", "Charlie", "Bravo",
				"Delta");
	}

	@Test
	void sortsByAmountNameStageAndUpdate() {
		assertThat(names(manager, filter(), PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "amount"))))
			.containsExactly("Bravo", "Charlie", "Echo", "Alpha", "Delta");
		assertThat(names(manager, filter(), PageRequest.of(0, 10, Sort.by("name")))).containsExactly("Alpha", "Bravo",
				"Charlie", "Delta", "Echo");
		assertThat(names(manager, filter(),
				PageRequest.of(0, 10, Sort.by(Sort.Order.desc("stage"), Sort.Order.asc("name")))))
			.containsExactly("Bravo", "Echo", "Alpha", "Charlie", "Delta");
		assertThat(names(manager, filter(), PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "updated"))).get(0))
			.isEqualTo("Echo");
	}

	@Test
	void filtersByStageStatusOwnerDatesProductLineAmountAndName() {
		assertThat(names(manager, filter(f -> f.stage(List.of(DealFixture.stage(process, 1)))), page()))
			.containsExactly("Alpha", "Charlie", "Delta");
		assertThat(names(manager, filter(f -> f.status(List.of(OpportunityStatus.LOST))), page()))
			.containsExactly("Charlie");
		assertThat(names(manager, filter(f -> f.owner(String.valueOf(colleague.id()))), page()))
			.containsExactly("Echo");
		assertThat(names(rep, filter(f -> f.owner("me")), page())).containsExactly("Alpha", "Charlie", "Bravo",
				"Delta");
		assertThat(names(manager, filter(f -> f.close(LocalDate.of(2032, 3, 2), LocalDate.of(2032, 3, 6))), page()))
			.containsExactly("Echo", "Charlie");
		assertThat(names(manager, filter(f -> f.productLine("cloud")), page())).containsExactly("Alpha", "Bravo");
		assertThat(names(manager, filter(f -> f.amount("8000", "15000")), page())).containsExactly("Echo", "Charlie");
		assertThat(names(manager, filter(f -> f.q("RAV")), page())).containsExactly("Bravo");
		assertThat(names(manager, filter(f -> f.currency("USD")), page())).containsExactly("Echo");
	}

	@Test
	void aRepSeesOnlyTheirOwnDeals() {
		assertThat(names(colleague, filter(), page())).containsExactly("Echo");
	}

	@Test
	void pagesCarryTheTotalAndRowsCarryNamesAndWeights() {
		Page<OpportunityRow> first = users.as(manager, () -> pipelines.list(filter(), PageRequest.of(0, 2)));
		Page<OpportunityRow> last = users.as(manager, () -> pipelines.list(filter(), PageRequest.of(2, 2)));

		assertThat(first.getTotalElements()).isEqualTo(5);
		assertThat(first.getTotalPages()).isEqualTo(3);
		assertThat(last.getContent()).extracting(OpportunityRow::name).containsExactly("Delta " + fixture.unique);
		OpportunityRow bravo = users.as(manager, () -> pipelines.list(filter(f -> f.q("bravo")), page()))
			.getContent()
			.get(0);
		assertThat(bravo.stage().name()).isEqualTo("Commit");
		assertThat(bravo.weighted()).isEqualByComparingTo("18000");
		assertThat(bravo.ownerName()).isEqualTo("Test " + rep.username());
		assertThat(bravo.accountName()).startsWith("Account ");
		assertThatThrownBy(() -> users.as(manager, () -> pipelines.list(filter(), PageRequest.of(10_000, 1))))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("sales.pipeline.list.error.tooDeep");
	}

	private List<String> names(TestUser user, OpportunityFilter filter, PageRequest page) {
		return users.as(user, () -> pipelines.list(filter, page))
			.stream()
			.map(row -> row.name().replace(" " + fixture.unique, ""))
			.toList();
	}

	private static PageRequest page() {
		return PageRequest.of(0, 20);
	}

	private OpportunityFilter filter() {
		return filter(f -> {
		});
	}

	private OpportunityFilter filter(java.util.function.Consumer<Criteria> criteria) {
		Criteria c = new Criteria();
		criteria.accept(c);
		return new OpportunityFilter(c.q, c.stage, c.status, c.owner, null, process.id(), c.closeFrom, c.closeTo,
				c.productLine, c.amountFrom, c.amountTo, c.currency);
	}

	/** The criteria a test sets; the process is always the test's own. */
	static final class Criteria {

		String q;

		List<Long> stage;

		List<OpportunityStatus> status;

		String owner;

		LocalDate closeFrom;

		LocalDate closeTo;

		String productLine;

		java.math.BigDecimal amountFrom;

		java.math.BigDecimal amountTo;

		String currency;

		void q(String text) {
			q = text;
		}

		void stage(List<Long> stages) {
			stage = stages;
		}

		void status(List<OpportunityStatus> statuses) {
			status = statuses;
		}

		void owner(String value) {
			owner = value;
		}

		void close(LocalDate from, LocalDate to) {
			closeFrom = from;
			closeTo = to;
		}

		void productLine(String line) {
			productLine = line;
		}

		void amount(String from, String to) {
			amountFrom = new java.math.BigDecimal(from);
			amountTo = new java.math.BigDecimal(to);
		}

		void currency(String code) {
			currency = code;
		}

	}

}
