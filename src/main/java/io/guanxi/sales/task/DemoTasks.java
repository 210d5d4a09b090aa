package io.guanxi.sales.task;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Supplier;

import io.guanxi.customer.AccountService;
import io.guanxi.customer.AccountSummary;
import io.guanxi.platform.UserDirectory;
import io.guanxi.sales.Opportunities;
import io.guanxi.sales.OpportunityStatus;
import io.guanxi.sales.OpportunityView;
import io.guanxi.sales.SaveSalesTask;
import io.guanxi.sales.SalesTaskView;
import io.guanxi.sales.SalesTasks;
import io.guanxi.sales.TaskPriority;
import io.guanxi.sales.TeamRole;
import io.guanxi.sales.internal.Opportunity;
import io.guanxi.sales.internal.OpportunityRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Wang Fang's week in the demo: tasks overdue, due today and coming up, one done, at her
 * accounts; and, where she has an open deal already (other demo data), a deal team with
 * pre-sales from another team and marketing, and a task for each. Loaded once while no
 * task exists, after the demo deals.
 */
@Component
@Profile("demo")
@Order(90)
class DemoTasks implements ApplicationRunner {

	private final SalesTaskRepository repository;

	private final SalesTasks tasks;

	private final Opportunities opportunities;

	private final OpportunityRepository deals;

	private final AccountService accounts;

	private final UserDirectory directory;

	private final UserDetailsService users;

	private final Clock clock;

	DemoTasks(SalesTaskRepository repository, SalesTasks tasks, Opportunities opportunities,
			OpportunityRepository deals, AccountService accounts, UserDirectory directory, UserDetailsService users,
			Clock clock) {
		this.repository = repository;
		this.tasks = tasks;
		this.opportunities = opportunities;
		this.deals = deals;
		this.accounts = accounts;
		this.directory = directory;
		this.users = users;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (repository.count() > 0 || directory.findByUsername("wang.fang").isEmpty()) {
			return;
		}
		as("wang.fang", () -> {
			add("回电华为采购部，确认扩容需求", at(-1, 17, 0), null, TaskPriority.HIGH, account("华为"), null);
			add("准备阿里巴巴云方案演示材料", at(0, 23, 59), at(0, 9, 0), TaskPriority.NORMAL, account("阿里巴巴"), null);
			add("拜访上汽集团信息部王总", at(2, 10, 0), at(1, 16, 0), TaskPriority.HIGH, account("上海汽车"), null);
			add("Send the renewal quote to Hikvision", at(5, 12, 0), null, TaskPriority.NORMAL, account("海康威视"), null);
			add("整理本周客户拜访周报", at(6, 18, 0), null, TaskPriority.LOW, null, null);
			SalesTaskView done = add("更新华为联系人信息", at(-2, 12, 0), null, TaskPriority.NORMAL, account("华为"), null);
			tasks.markDone(done.id(), true, done.version());
			return null;
		});
		openDealOf("wang.fang").ifPresent(this::staff);
	}

	/** Pre-sales from another team may change the deal; marketing follows it. */
	private void staff(Opportunity deal) {
		long presales = directory.findByUsername("emily.chen").orElseThrow().id();
		long marketing = directory.findByUsername("liu.yang").orElseThrow().id();
		as("wang.fang", () -> {
			OpportunityView view = opportunities.get(deal.id());
			view = opportunities.putMember(deal.id(), presales, TeamRole.PRESALES, true, view.version());
			opportunities.putMember(deal.id(), marketing, TeamRole.MARKETING, false, view.version());
			add("确认决策人对方案的反馈", at(1, 11, 0), at(1, 9, 0), TaskPriority.HIGH, null, deal.id());
			tasks.create(new SaveSalesTask("Technical demo for the IT team", null, at(3, 14, 0), null,
					TaskPriority.NORMAL, presales, deal.id(), null));
			return null;
		});
	}

	private Optional<Opportunity> openDealOf(String username) {
		long owner = directory.findByUsername(username).orElseThrow().id();
		return deals.findAll()
			.stream()
			.filter(deal -> deal.ownerId() == owner && deal.status() == OpportunityStatus.OPEN)
			.max(Comparator.comparing(Opportunity::createdAt));
	}

	private SalesTaskView add(String title, Instant due, @Nullable Instant remind, TaskPriority priority,
			@Nullable Long accountId, @Nullable Long opportunityId) {
		return tasks.create(new SaveSalesTask(title, null, due, remind, priority, null, opportunityId, accountId));
	}

	private @Nullable Long account(String name) {
		return accounts.list(name, PageRequest.of(0, 1)).stream().findFirst().map(AccountSummary::id).orElse(null);
	}

	/** Days from today at a time of day, in the zone the pages show times in. */
	private Instant at(int days, int hour, int minute) {
		return LocalDate.now(clock.withZone(ZoneId.systemDefault()))
			.plusDays(days)
			.atTime(LocalTime.of(hour, minute))
			.atZone(ZoneId.systemDefault())
			.toInstant();
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

}
