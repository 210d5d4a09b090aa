package io.guanxi.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.Duplicates;
import io.guanxi.customer.MergeRecords;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.sales.PurchaseHistory.Amount;
import io.guanxi.sales.SalesFixtures.Catalogue;
import io.guanxi.sales.SalesFixtures.Team;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/** Contracts, orders from quotes, and the purchase history they make. */
@IntegrationTest
class ContractsAndOrdersIT {

	@Autowired
	TestUsers users;

	@Autowired
	Products products;

	@Autowired
	PriceBooks priceBooks;

	@Autowired
	AccountService accounts;

	@Autowired
	Quotes quotes;

	@Autowired
	QuoteSteps steps;

	@Autowired
	Contracts contracts;

	@Autowired
	Orders orders;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Duplicates duplicates;

	SalesFixtures fixtures;

	Catalogue catalogue;

	Team team;

	long account;

	@BeforeEach
	void setUp() {
		fixtures = new SalesFixtures(users, products, priceBooks, accounts);
		catalogue = fixtures.catalogue("CNY", "CRM", "2400", "IMPL", "3000");
		team = fixtures.team();
		account = fixtures.account(team.rep(), "比亚迪");
	}

	@Test
	void anOrderFromAnAcceptedQuoteTakesItsLinesAtNetPricesAndComesToTheSameTotal() {
		QuoteView accepted = acceptedQuote();

		OrderView order = as(team.rep(), () -> orders.fromQuote(accepted.id()));

		assertThat(order.status()).isEqualTo(OrderStatus.OPEN);
		assertThat(order.quoteId()).isEqualTo(accepted.id());
		assertThat(order.accountId()).isEqualTo(account);
		assertThat(order.lines())
			.extracting(OrderLineView::productId, OrderLineView::quantity, OrderLineView::unitPrice)
			.containsExactly(tuple(catalogue.product(0), new BigDecimal("3.00"), new BigDecimal("2136.00")),
					tuple(catalogue.product(1), new BigDecimal("1.50"), new BigDecimal("3000.00")));
		assertThat(order.total()).isEqualByComparingTo(accepted.total());
		assertThat(as(team.rep(), () -> quotes.get(accepted.id())).orderId()).isEqualTo(order.id());
		assertThatThrownBy(() -> as(team.rep(), () -> orders.fromQuote(accepted.id())))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("sales.order.error.quoteOrdered");
	}

	@Test
	void onlyAnAcceptedQuoteBecomesAnOrder() {
		QuoteView draft = as(team.rep(), () -> quotes.create(account, null, terms(), List.of(line(0, "1", "0"))));

		assertThatThrownBy(() -> as(team.rep(), () -> orders.fromQuote(draft.id())))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("sales.order.error.quoteNotAccepted");
	}

	@Test
	void aContractIsDraftedFromAQuoteSignedTerminatedAndNeverChangedOnceSigned() {
		QuoteView accepted = acceptedQuote();
		ContractView draft = as(team.rep(), () -> contracts.create(account, new SaveContract(null, accepted.id(), null,
				"三年框架协议", LocalDate.now(), LocalDate.now().plusYears(3), accepted.total(), "CNY", null, null)));
		assertThat(draft.number()).matches("C\\d{4}-\\d{5}");
		assertThat(draft.quoteNumber()).isEqualTo(accepted.number());

		ContractView active = as(team.rep(), () -> contracts.activate(draft.id(), null, draft.version()));
		assertThat(active.status()).isEqualTo(ContractStatus.ACTIVE);
		assertThat(active.signedOn()).isEqualTo(LocalDate.now());
		assertThatThrownBy(
				() -> as(team.rep(), () -> contracts.update(active.id(), SaveContract.of(active), active.version())))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("sales.contract.error.notDraft");
		OrderView order = as(team.rep(), () -> orders.fromQuote(accepted.id()));
		assertThat(order.contractId()).as("the order names the quote's contract").isEqualTo(active.id());

		ContractView ended = as(team.rep(), () -> contracts.terminate(active.id(), null, active.version()));
		assertThat(ended.status()).isEqualTo(ContractStatus.TERMINATED);
		assertThat(ended.terminatedOn()).isEqualTo(LocalDate.now());
	}

	@Test
	void aContractNumberIsUniqueAndItsEndComesAfterItsStart() {
		String number = "HT-" + System.nanoTime();
		as(team.rep(), () -> contracts.create(account, contract(number, LocalDate.now(), null)));

		assertThatThrownBy(() -> as(team.rep(),
				() -> contracts.create(account, contract(number.toLowerCase(), LocalDate.now(), null))))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("sales.contract.error.numberTaken");
		assertThatThrownBy(() -> as(team.rep(),
				() -> contracts.create(account, contract(null, LocalDate.now(), LocalDate.now().minusDays(1)))))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("sales.contract.error.period");
	}

	@Test
	void anActiveContractPastItsEndExpiresAtNight() {
		ContractView draft = as(team.rep(),
				() -> contracts.create(account, contract(null, LocalDate.now().minusYears(1), LocalDate.now())));
		ContractView active = as(team.rep(), () -> contracts.activate(draft.id(), null, draft.version()));
		jdbc.sql("update sales_contract set end_date = :day where id = :id")
			.param("day", LocalDate.now().minusDays(1))
			.param("id", active.id())
			.update();

		assertThat(contracts.expireEnded()).isPositive();

		assertThat(as(team.rep(), () -> contracts.get(active.id())).status()).isEqualTo(ContractStatus.EXPIRED);
	}

	@Test
	void thePurchaseHistoryTotalsOrdersPerCurrencyLeavingOutCancelledOnes() {
		Catalogue dollars = fixtures.catalogue("USD", "USD-CRM", "360");
		order(catalogue, LocalDate.now().minusMonths(3), "2", null);
		OrderView latest = order(catalogue, LocalDate.now().minusDays(2), "1", "2000");
		order(dollars, LocalDate.now().minusMonths(1), "10", null);
		OrderView cancelled = order(catalogue, LocalDate.now().minusDays(1), "100", null);
		as(team.rep(), () -> orders.cancel(cancelled.id(), cancelled.version()));

		PurchaseHistory history = as(team.rep(), () -> orders.purchaseHistory(account));

		assertThat(history.orderCount()).isEqualTo(3);
		assertThat(history.totals()).containsExactly(new Amount("CNY", new BigDecimal("6800.00")),
				new Amount("USD", new BigDecimal("3600.00")));
		assertThat(history.lastOrderedOn()).isEqualTo(latest.orderedOn());
		assertThat(history.latest()).hasSize(4)
			.first()
			.extracting(OrderSummary::status)
			.isEqualTo(OrderStatus.CANCELLED);
		Map<Long, PurchaseHistory.Summary> summaries = as(team.director(),
				() -> orders.purchaseSummaries(List.of(account)));
		assertThat(summaries.get(account).orderCount()).isEqualTo(3);
		assertThat(as(team.otherTeam(), () -> orders.purchaseSummaries(List.of(account)))).isEmpty();
	}

	@Test
	void anOrderByHandIsPricedFromItsBookAndFulfilledAtTheVersionItWasMadeAt() {
		OrderView made = as(team.rep(),
				() -> orders.create(account,
						new SaveOrder(null, null, catalogue.book().id(), LocalDate.now(), new BigDecimal("3"), null,
								List.of(new SaveOrderLine(catalogue.product(1), new BigDecimal("2"), null),
										new SaveOrderLine(catalogue.product(0), BigDecimal.ONE, null)))));

		assertThat(made.subtotal()).isEqualByComparingTo("8400");
		assertThat(made.total()).isEqualByComparingTo("8148");
		OrderView fulfilled = as(team.rep(), () -> orders.fulfil(made.id(), made.version()));
		assertThat(fulfilled.status()).isEqualTo(OrderStatus.FULFILLED);
		assertThatThrownBy(() -> as(team.rep(),
				() -> orders.addLine(made.id(), new SaveOrderLine(catalogue.product(0), BigDecimal.ONE, null),
						fulfilled.version())))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("sales.order.error.notOpen");
	}

	@Test
	void aRepOfAnotherTeamSeesNoneOfItAndTheAccountCannotBeDeleted() {
		OrderView order = order(catalogue, LocalDate.now(), "1", null);
		ContractView contract = as(team.rep(), () -> contracts.create(account, contract(null, LocalDate.now(), null)));

		assertThatThrownBy(() -> as(team.otherTeam(), () -> orders.get(order.id())))
			.isInstanceOf(RecordNotFoundException.class);
		assertThatThrownBy(() -> as(team.otherTeam(), () -> contracts.get(contract.id())))
			.isInstanceOf(RecordNotFoundException.class);
		assertThatThrownBy(() -> as(team.otherTeam(), () -> orders.purchaseHistory(account)))
			.isInstanceOf(RecordNotFoundException.class);
		long version = as(team.rep(), () -> accounts.get(account)).version();
		assertThatThrownBy(() -> as(team.rep(), () -> {
			accounts.delete(account, version);
			return null;
		})).isInstanceOf(BusinessRuleException.class).hasMessage("sales.account.error.documents");
	}

	@Test
	void aMergeMovesTheOrdersToTheSurvivingAccount() {
		OrderView order = order(catalogue, LocalDate.now(), "1", null);
		long survivor = fixtures.account(team.rep(), "比亚迪股份");
		long survivorVersion = as(team.rep(), () -> accounts.get(survivor)).version();
		long mergedVersion = as(team.rep(), () -> accounts.get(account)).version();

		as(team.rep(), () -> duplicates
			.mergeAccounts(new MergeRecords(survivor, account, survivorVersion, mergedVersion, null)));

		assertThat(as(team.rep(), () -> orders.get(order.id())).accountId()).isEqualTo(survivor);
		assertThat(as(team.rep(), () -> orders.purchaseHistory(survivor)).orderCount()).isEqualTo(1);
	}

	private OrderView order(Catalogue from, LocalDate day, String quantity, String unitPrice) {
		return as(team.rep(),
				() -> orders.create(account,
						new SaveOrder(null, null, from.book().id(), day, null, null,
								List.of(new SaveOrderLine(from.product(0), new BigDecimal(quantity),
										unitPrice == null ? null : new BigDecimal(unitPrice))))));
	}

	private QuoteView acceptedQuote() {
		return as(team.rep(), () -> {
			QuoteView quote = quotes.create(account, null, terms(), List.of(line(0, "3", "11"), line(1, "1.5", "0")));
			QuoteView approved = steps.submit(quote.id(), quote.version());
			QuoteView sent = steps.send(approved.id(), approved.version());
			return steps.accept(sent.id(), sent.version());
		});
	}

	private SaveContract contract(String number, LocalDate start, LocalDate end) {
		return new SaveContract(null, null, number, "维保合同", start, end, new BigDecimal("100000"), "CNY", null, null);
	}

	private QuoteTerms terms() {
		return new QuoteTerms("年度采购", catalogue.book().id(), LocalDate.now().plusDays(10), BigDecimal.ZERO, null);
	}

	private SaveQuoteLine line(int product, String quantity, String discount) {
		return new SaveQuoteLine(catalogue.product(product), new BigDecimal(quantity), new BigDecimal(discount));
	}

	private <T> T as(TestUser user, Supplier<T> work) {
		return users.as(user, work);
	}

}
