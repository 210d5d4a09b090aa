package io.guanxi.sales.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.guanxi.customer.AccountContact;
import io.guanxi.customer.AccountFilter;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.AccountSummary;
import io.guanxi.customer.ContactService;
import io.guanxi.platform.UserDirectory;
import io.guanxi.sales.Competitors;
import io.guanxi.sales.DealReviews;
import io.guanxi.sales.ForecastPeriod;
import io.guanxi.sales.Opportunities;
import io.guanxi.sales.OpportunityStatus;
import io.guanxi.sales.OpportunityView;
import io.guanxi.sales.SalesDocuments;
import io.guanxi.sales.SalesProcesses;
import io.guanxi.sales.SaveCompetitor;
import io.guanxi.sales.SaveOpportunity;
import io.guanxi.sales.StageApprovals;
import io.guanxi.sales.internal.DemoDealPlans.Plan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Opportunities at the demo accounts ({@link DemoDealPlans}), loaded once after the org
 * charts while none exists. Each deal is opened and moved by its owner through the
 * services, meeting every control point on the way, so the rules and events apply; then
 * its history is spread over the weeks before today.
 */
@Component
@Profile("demo")
@Order(65)
class DemoOpportunities implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoOpportunities.class);

	private final OpportunityRepository repository;

	private final Services services;

	private final AccountService accounts;

	private final ContactService contacts;

	private final UserDirectory directory;

	private final UserDetailsService users;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoOpportunities(OpportunityRepository repository, Opportunities opportunities, SalesProcesses processes,
			StageApprovals approvals, Competitors competitors, SalesDocuments documents, DealReviews reviews,
			AccountService accounts, ContactService contacts, UserDirectory directory, UserDetailsService users,
			JdbcClient jdbc, Clock clock) {
		this.repository = repository;
		this.services = new Services(opportunities, processes, approvals, competitors, documents, reviews);
		this.accounts = accounts;
		this.contacts = contacts;
		this.directory = directory;
		this.users = users;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (repository.count() > 0 || directory.findByUsername("admin").isEmpty()) {
			return;
		}
		Map<String, AccountSummary> byName = new HashMap<>();
		as("admin", () -> accounts.list(AccountFilter.none(), PageRequest.of(0, 200)))
			.forEach(account -> byName.putIfAbsent(account.name(), account));
		for (Plan plan : Stream.concat(DemoDealPlans.PLANS.stream(), DemoDealPlans.BOARD.stream()).toList()) {
			AccountSummary account = byName.get(plan.account());
			if (account == null) {
				continue;
			}
			try {
				OpportunityView deal = play(plan, account);
				backdate(deal.id(), plan.ageDays());
			}
			catch (RuntimeException ex) {
				log.warn("Demo deal {} left incomplete: {}", plan.name(), ex.getMessage());
			}
		}
	}

	private OpportunityView play(Plan plan, AccountSummary account) {
		List<AccountContact> people = as(plan.owner(), () -> contacts.contactsOf(account.id()));
		DemoDealScript script = new DemoDealScript(services, this::as, plan.owner(), approverOf(plan.owner()));
		OpportunityView deal = as(plan.owner(),
				() -> services.opportunities()
					.create(new SaveOpportunity(account.id(), plan.name(), new BigDecimal(plan.amount()),
							plan.currency(), closeDate(plan), plan.nextStep(), plan.productLine(), plan.source(),
							plan.description(), null, null)));
		script.start(deal);
		plan.people()
			.forEach(person -> people.stream()
				.filter(contact -> contact.fullName().contains(person.name()))
				.findFirst()
				.ifPresent(contact -> script.putContact(contact.contactId(), person.role())));
		plan.rivals()
			.forEach(rival -> as(plan.owner(), () -> services.competitors()
				.add(deal.id(), new SaveCompetitor(rival.name(), rival.strengths(), rival.weaknesses()))));
		if (plan.member() != null) {
			directory.findByUsername(plan.member().username())
				.ifPresent(member -> script.putMember(member.id(), plan.member().role()));
		}
		script.advanceTo(plan.stage(), plan.outcome() == OpportunityStatus.WON);
		script.tick(plan.ticks());
		if (plan.askApproval()) {
			script.askApproval();
		}
		if (plan.outcome() == OpportunityStatus.LOST) {
			script.lose(plan.lostReason());
		}
		if (plan.review() != null) {
			script.review(plan.review());
		}
		return script.deal();
	}

	/**
	 * Today plus the plan's days; a deal won before this quarter is won today instead, so
	 * that the board's column of deals won this quarter shows it.
	 */
	private LocalDate closeDate(Plan plan) {
		LocalDate today = LocalDate.now(clock);
		LocalDate close = today.plusDays(plan.closeInDays());
		boolean wonEarlier = plan.outcome() == OpportunityStatus.WON
				&& close.isBefore(ForecastPeriod.QUARTER.start(today));
		return wonEarlier ? today : close;
	}

	/** The owner's sales manager, else the administrator (a rep without a manager). */
	private String approverOf(String owner) {
		return directory.findByUsername(owner)
			.flatMap(user -> directory.managersOf(user.id()).stream().findFirst())
			.map(UserDirectory.UserSummary::username)
			.orElse("admin");
	}

	/**
	 * Spreads the deal's stage moves evenly from {@code ageDays} ago to a few days ago,
	 * so that the history, the days in stage and the pipeline's ageing look lived in.
	 */
	private void backdate(long opportunityId, int ageDays) {
		List<Long> changes = jdbc
			.sql("select id from sales_stage_change where opportunity_id = :id order by changed_at, id")
			.param("id", opportunityId)
			.query(Long.class)
			.list();
		Instant now = clock.instant();
		Instant opened = now.minus(Duration.ofDays(ageDays));
		Duration step = Duration.ofDays(ageDays).multipliedBy(4).dividedBy(5L * Math.max(1, changes.size() - 1));
		Instant at = opened;
		for (Long change : changes) {
			jdbc.sql("update sales_stage_change set changed_at = :at where id = :id")
				.param("at", Timestamp.from(at))
				.param("id", change)
				.update();
			at = at.plus(step);
		}
		Instant last = at.minus(step);
		jdbc.sql("""
				update sales_opportunity set created_at = :opened, stage_entered_at = :last,
				    closed_at = case when closed_at is null then null else :last end where id = :id""")
			.param("opened", Timestamp.from(opened))
			.param("last", Timestamp.from(last))
			.param("id", opportunityId)
			.update();
		jdbc.sql("update sales_document set uploaded_at = :at where opportunity_id = :id")
			.param("at", Timestamp.from(last.minus(Duration.ofHours(20))))
			.param("id", opportunityId)
			.update();
		backdateApprovals(opportunityId);
		jdbc.sql("update sales_deal_review set created_at = :at, updated_at = :at where opportunity_id = :id")
			.param("at", Timestamp.from(last.plus(Duration.ofDays(2))))
			.param("id", opportunityId)
			.update();
	}

	/**
	 * An approval is asked for a day after the deal entered its stage, and decided hours
	 * later.
	 */
	private void backdateApprovals(long opportunityId) {
		jdbc.sql("select id, stage_id from sales_stage_approval where opportunity_id = :id")
			.param("id", opportunityId)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list()
			.forEach(approval -> {
				Timestamp entered = jdbc.sql("""
						select max(changed_at) from sales_stage_change
						where opportunity_id = :id and to_stage_id = :stage""")
					.param("id", opportunityId)
					.param("stage", approval[1])
					.query(Timestamp.class)
					.single();
				Instant asked = entered.toInstant().plus(Duration.ofDays(1));
				jdbc.sql("""
						update sales_stage_approval set requested_at = :asked,
						    decided_at = case when decided_at is null then null else :decided end where id = :id""")
					.param("asked", Timestamp.from(asked))
					.param("decided", Timestamp.from(asked.plus(Duration.ofHours(3))))
					.param("id", approval[0])
					.update();
			});
	}

	private <T> T as(String username, Supplier<T> work) {
		UserDetails user = users.loadUserByUsername(username);
		var previous = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/** The services a demo deal is played through. */
	record Services(Opportunities opportunities, SalesProcesses processes, StageApprovals approvals,
			Competitors competitors, SalesDocuments documents, DealReviews reviews) {
	}

}
