package io.guanxi.sales;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.platform.AccessDeniedProblem;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.Notifications;
import io.guanxi.platform.NotificationView;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.Role;
import io.guanxi.sales.SalesFixtures.Catalogue;
import io.guanxi.sales.SalesFixtures.Team;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Quotes: their totals, the discount approval gate, and who sees them. */
@IntegrationTest
class QuotesIT {

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
	Notifications notifications;

	@Autowired
	Opportunities opportunities;

	Catalogue catalogue;

	Team team;

	long account;

	@BeforeEach
	void setUp() {
		SalesFixtures fixtures = new SalesFixtures(users, products, priceBooks, accounts);
		catalogue = fixtures.catalogue("CNY", "SRV", "1000", "LIC", "333.33");
		team = fixtures.team();
		account = fixtures.account(team.rep(), "华东电网");
	}

	@Test
	void totalsComeFromTheLinesTheirDiscountsAndTheQuoteDiscount() {
		QuoteView quote = as(team.rep(), () -> quotes.create(account, null, terms(new BigDecimal("5")),
				List.of(line(0, "3", "10"), line(1, "2", "0"))));

		assertThat(quote.currency()).isEqualTo("CNY");
		assertThat(quote.status()).isEqualTo(QuoteStatus.DRAFT);
		assertThat(quote.number()).matches("Q\\d{4}-\\d{5}");
		assertThat(quote.lines()).extracting(QuoteLineView::netPrice, QuoteLineView::lineTotal)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(new BigDecimal("900.00"), new BigDecimal("2700.00")),
					org.assertj.core.groups.Tuple.tuple(new BigDecimal("333.33"), new BigDecimal("666.66")));
		assertThat(quote.listTotal()).isEqualByComparingTo("3666.66");
		assertThat(quote.subtotal()).isEqualByComparingTo("3366.66");
		// 5 % of 3,366.66 is 168.333, rounded to the cent
		assertThat(quote.total()).isEqualByComparingTo("3198.33");
		// 10 % on a line and 5 % on the whole make 12.77 % against list prices
		assertThat(quote.maxDiscount()).isEqualByComparingTo("12.77");
		assertThat(quote.needsApproval()).isFalse();
	}

	@Test
	void belowTheThresholdSubmittingApprovesTheQuoteAtOnce() {
		QuoteView draft = draft(line(0, "1", "15"));

		QuoteView submitted = as(team.rep(), () -> steps.submit(draft.id(), draft.version()));

		assertThat(submitted.status()).isEqualTo(QuoteStatus.APPROVED);
		assertThat(submitted.decidedById()).isNull();
		assertThat(as(team.rep(), () -> steps.send(submitted.id(), submitted.version())).status())
			.isEqualTo(QuoteStatus.SENT);
	}

	@Test
	void aboveTheThresholdOnlyADirectorAboveTheOwnerApprovesBeforeItIsSent() {
		QuoteView draft = draft(line(0, "2", "20"));
		assertThat(draft.needsApproval()).isTrue();
		assertThat(draft.lines().get(0).aboveThreshold()).isTrue();

		QuoteView pending = as(team.rep(), () -> steps.submit(draft.id(), draft.version()));
		assertThat(pending.status()).isEqualTo(QuoteStatus.PENDING_APPROVAL);
		assertThat(pending.mayApprove()).isFalse();

		assertThatThrownBy(() -> as(team.rep(), () -> steps.approve(pending.id(), null, pending.version())))
			.isInstanceOf(AccessDeniedProblem.class);
		assertThatThrownBy(() -> as(team.rep(), () -> steps.send(pending.id(), pending.version())))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("sales.quote.error.notApproved");
		// a fellow rep and a rep of another team do not even see it
		assertThatThrownBy(() -> as(team.colleague(), () -> steps.approve(pending.id(), null, pending.version())))
			.isInstanceOf(RecordNotFoundException.class);
		assertThatThrownBy(() -> as(team.otherTeam(), () -> steps.approve(pending.id(), null, pending.version())))
			.isInstanceOf(RecordNotFoundException.class);
		assertThat(as(team.rep(), () -> quotes.get(pending.id())).status()).isEqualTo(QuoteStatus.PENDING_APPROVAL);

		assertThat(as(team.director(), () -> steps.awaitingMyApproval(PageRequest.of(0, 50))))
			.extracting(QuoteSummary::id)
			.contains(pending.id());
		assertThat(as(team.rep(), () -> steps.awaitingMyApproval(PageRequest.of(0, 50)))).isEmpty();
		QuoteView approved = as(team.director(), () -> steps.approve(pending.id(), "OK for Q4", pending.version()));
		assertThat(approved.status()).isEqualTo(QuoteStatus.APPROVED);
		assertThat(approved.decidedById()).isEqualTo(team.director().id());
		assertThat(as(team.rep(), () -> steps.send(approved.id(), approved.version())).status())
			.isEqualTo(QuoteStatus.SENT);
	}

	@Test
	void theDirectorIsToldOfTheQuoteAndTheOwnerOfTheDecision() {
		QuoteView draft = draft(line(0, "1", "30"));
		QuoteView pending = as(team.rep(), () -> steps.submit(draft.id(), draft.version()));

		await().atMost(Duration.ofSeconds(20)).until(() -> !noticesOf(team.director()).isEmpty());
		assertThat(noticesOf(team.director()).get(0).text()).contains(pending.number())
			.contains("CNY 700.00")
			.contains("30 %");
		assertThat(noticesOf(team.director()).get(0).link()).isEqualTo("/quotes/" + pending.id());

		as(team.director(), () -> steps.reject(pending.id(), "Too deep", pending.version()));
		await().atMost(Duration.ofSeconds(20)).until(() -> !noticesOf(team.rep()).isEmpty());
		assertThat(noticesOf(team.rep()).get(0).text()).contains("rejected your quote " + pending.number())
			.contains("Too deep");
	}

	@Test
	void twoDiscountsThatTogetherPassTheThresholdNeedApproval() {
		QuoteView quote = as(team.rep(),
				() -> quotes.create(account, null, terms(new BigDecimal("10")), List.of(line(0, "1", "10"))));

		assertThat(quote.maxDiscount()).isEqualByComparingTo("19");
		assertThat(as(team.rep(), () -> steps.submit(quote.id(), quote.version())).status())
			.isEqualTo(QuoteStatus.PENDING_APPROVAL);
	}

	@Test
	void aDirectorCannotApproveTheirOwnQuoteButAnAdministratorCan() {
		long own = new SalesFixtures(users, products, priceBooks, accounts).account(team.director(), "自有客户");
		QuoteView draft = as(team.director(),
				() -> quotes.create(own, null, terms(BigDecimal.ZERO), List.of(line(0, "1", "40"))));
		QuoteView pending = as(team.director(), () -> steps.submit(draft.id(), draft.version()));

		assertThatThrownBy(() -> as(team.director(), () -> steps.approve(pending.id(), null, pending.version())))
			.isInstanceOf(AccessDeniedProblem.class);
		TestUser admin = users.create(Role.ADMIN);
		assertThat(as(admin, () -> steps.approve(pending.id(), null, pending.version())).status())
			.isEqualTo(QuoteStatus.APPROVED);
	}

	@Test
	void aRepOfAnotherTeamCannotSeeTheQuote() {
		QuoteView quote = draft(line(0, "1", "0"));

		assertThatThrownBy(() -> as(team.otherTeam(), () -> quotes.get(quote.id())))
			.isInstanceOf(RecordNotFoundException.class);
		assertThatThrownBy(() -> as(team.otherTeam(), () -> quotes.ofAccount(account)))
			.isInstanceOf(RecordNotFoundException.class);
		assertThat(as(team.otherTeam(), () -> quotes.list(null, PageRequest.of(0, 100)))).extracting(QuoteSummary::id)
			.doesNotContain(quote.id());
		assertThat(as(team.director(), () -> quotes.list(null, PageRequest.of(0, 100)))).extracting(QuoteSummary::id)
			.contains(quote.id());
		assertThatThrownBy(() -> as(team.otherTeam(),
				() -> quotes.create(account, null, terms(BigDecimal.ZERO), List.of(line(0, "1", "0")))))
			.isInstanceOf(RecordNotFoundException.class);
	}

	@Test
	void theDealTeamOfAnOpportunityReadsItsQuotesAndNoOthers() {
		OpportunityView deal = as(team.rep(), () -> opportunities
			.create(new SaveOpportunity(account, "储能项目", null, null, null, null, null, null, null, null, null)));
		QuoteView onDeal = as(team.rep(),
				() -> quotes.create(account, deal.id(), terms(BigDecimal.ZERO), List.of(line(0, "1", "0"))));
		QuoteView elsewhere = draft(line(0, "1", "0"));
		TestUser presales = users.create(Role.SALES_REP);
		as(team.rep(),
				() -> opportunities.putMember(deal.id(), presales.id(), TeamRole.PRESALES, false, deal.version()));

		assertThat(as(presales, () -> quotes.get(onDeal.id())).opportunityId()).isEqualTo(deal.id());
		assertThat(as(presales, () -> quotes.get(onDeal.id())).mayChange()).isFalse();
		assertThat(as(presales, () -> quotes.ofOpportunity(deal.id()))).extracting(QuoteSummary::id)
			.containsExactly(onDeal.id());
		assertThatThrownBy(() -> as(presales, () -> quotes.get(elsewhere.id())))
			.isInstanceOf(RecordNotFoundException.class);
		long otherAccount = new SalesFixtures(users, products, priceBooks, accounts).account(team.rep(), "别的客户");
		assertThatThrownBy(() -> as(team.rep(),
				() -> quotes.create(otherAccount, deal.id(), terms(BigDecimal.ZERO), List.of(line(0, "1", "0")))))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("sales.error.otherAccountsOpportunity");
	}

	@Test
	void aSubmittedQuoteKeepsItsLinesUntilItIsReopened() {
		QuoteView draft = draft(line(0, "1", "0"));
		QuoteView approved = as(team.rep(), () -> steps.submit(draft.id(), draft.version()));

		assertThatThrownBy(
				() -> as(team.rep(), () -> quotes.addLine(approved.id(), line(1, "1", "0"), approved.version())))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("sales.quote.error.notDraft");
		QuoteView reopened = as(team.rep(), () -> steps.reopen(approved.id(), approved.version()));
		QuoteView changed = as(team.rep(), () -> quotes.addLine(reopened.id(), line(1, "1", "0"), reopened.version()));
		assertThat(changed.lines()).hasSize(2);
		assertThat(changed.total()).isEqualByComparingTo("1333.33");
	}

	@Test
	void aProductMissingFromThePriceBookOrInactiveIsRefused() {
		Catalogue other = new SalesFixtures(users, products, priceBooks, accounts).catalogue("CNY", "X", "5");

		assertThatThrownBy(() -> as(team.rep(),
				() -> quotes.create(account, null, terms(BigDecimal.ZERO),
						List.of(new SaveQuoteLine(other.product(0), BigDecimal.ONE, BigDecimal.ZERO)))))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("sales.quote.error.notInPriceBook");
		ProductView product = catalogue.products().get(1);
		users.as(catalogue.admin(), () -> products.update(product.id(),
				new SaveProduct(product.code(), product.name(), null, product.unit(), null, false), product.version()));
		assertThatThrownBy(() -> draft(line(1, "1", "0"))).isInstanceOf(BusinessRuleException.class)
			.hasMessage("sales.quote.error.inactiveProduct");
	}

	private QuoteView draft(SaveQuoteLine... lines) {
		return as(team.rep(), () -> quotes.create(account, null, terms(BigDecimal.ZERO), List.of(lines)));
	}

	private QuoteTerms terms(BigDecimal discount) {
		return new QuoteTerms("年度服务", catalogue.book().id(), LocalDate.now().plusDays(10), discount, null);
	}

	private SaveQuoteLine line(int product, String quantity, String discount) {
		return new SaveQuoteLine(catalogue.product(product), new BigDecimal(quantity), new BigDecimal(discount));
	}

	private List<NotificationView> noticesOf(TestUser user) {
		return users.as(user, () -> notifications.list(null, 10).items());
	}

	private <T> T as(TestUser user, Supplier<T> work) {
		return users.as(user, work);
	}

}
