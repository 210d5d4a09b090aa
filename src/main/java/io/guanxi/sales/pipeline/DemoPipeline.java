package io.guanxi.sales.pipeline;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.guanxi.customer.AccountFilter;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.AccountSummary;
import io.guanxi.sales.ForecastPeriod;
import io.guanxi.sales.OpportunityStatus;
import io.guanxi.sales.Opportunities;
import io.guanxi.sales.SaveOpportunity;
import io.guanxi.sales.internal.Opportunity;
import io.guanxi.sales.internal.OpportunityRepository;
import io.guanxi.sales.internal.SalesProcess;
import io.guanxi.sales.internal.SalesProcessRepository;
import io.guanxi.sales.internal.Stage;
import io.guanxi.sales.internal.StageChange;
import io.guanxi.sales.internal.StageChangeRepository;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A pipeline for the demo reps, loaded once (after the demo leads): deals in every stage
 * of the default process, a few won this quarter and one lost. Each deal is opened
 * through {@link Opportunities} as its owner; it is then put straight into its stage (a
 * demo has no checklists to tick), with the move recorded in its history.
 */
@Component
@Profile("demo")
@Order(75)
class DemoPipeline implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPipeline.class);

	private static final String LOST = "LOST";

	private static final List<Deal> DEALS = List.of(
			new Deal("wang.fang", "华为", "华为 5G 基站运维平台", "3800000", "CNY", "NEGOTIATION", 20, "Cloud"),
			new Deal("wang.fang", "华为", "华为终端 CRM 扩容", "1200000", "CNY", "SOLUTION", 45, "Software"),
			new Deal("wang.fang", "华为", "全球客服中心外包", "2900000", "CNY", "REGISTRATION", 120, "Services"),
			new Deal("wang.fang", "阿里巴巴", "阿里云混合云迁移", "5600000", "CNY", "BIDDING", 35, "Cloud"),
			new Deal("wang.fang", "阿里巴巴", "菜鸟仓储数据看板", "680000", "CNY", "NEEDS", 70, "Analytics"),
			new Deal("wang.fang", "上海汽车", "上汽经销商培训系统", "920000", "CNY", "REGISTRATION", 100, "Software"),
			new Deal("wang.fang", "上海汽车", "智能座舱测试平台", "2400000", "CNY", "CONTRACT", 7, "Hardware"),
			new Deal("wang.fang", "海康威视", "海康威视 MES 升级", "1750000", "CNY", "REVIEW", -10, "Software"),
			new Deal("wang.fang", "海康威视", "安防大数据平台 POC", "450000", "CNY", "NEEDS", 60, "Analytics"),
			new Deal("li.lei", "腾讯", "腾讯会议企业版", "1500000", "CNY", "SOLUTION", 30, "Software"),
			new Deal("li.lei", "腾讯", "微信支付风控模型", "3200000", "CNY", "NEGOTIATION", 15, "Analytics"),
			new Deal("li.lei", "腾讯", "云游戏 CDN 扩容", "2050000", "CNY", "REVIEW", -20, "Cloud"),
			new Deal("li.lei", "比亚迪", "电池工厂 IoT 平台", "6800000", "CNY", "BIDDING", 50, "Hardware"),
			new Deal("li.lei", "比亚迪", "海外经销商门户", "860000", "CNY", "REGISTRATION", 90, "Software"),
			new Deal("li.lei", "比亚迪", "车机语音助手", "900000", "CNY", LOST, 25, "Software"),
			new Deal("li.lei", "平安", "平安健康客服机器人", "1100000", "CNY", "NEEDS", 40, "Software"),
			new Deal("li.lei", "平安", "核心系统灾备", "4300000", "CNY", "CONTRACT", 12, "Services"),
			new Deal("zhang.wei", "中国移动", "政企专线集中采购", "12000000", "CNY", "BIDDING", 60, "Services"),
			new Deal("zhang.wei", "中国移动", "5G 专网园区试点", "3600000", "CNY", "NEEDS", 80, "Hardware"),
			new Deal("emily.chen", "Siemens", "Digital twin pilot", "2200000", "CNY", "SOLUTION", 40, "Software"),
			new Deal("emily.chen", "Siemens", "Service contract renewal", "300000", "USD", "CONTRACT", 10, "Services"),
			new Deal("emily.chen", "Unilever", "Retail analytics rollout", "950000", "CNY", "NEGOTIATION", 25,
					"Analytics"),
			new Deal("emily.chen", "Unilever", "Marketing cloud", "1300000", "CNY", "REVIEW", -5, "Cloud"),
			new Deal("emily.chen", "BASF", "Plant safety IoT", "1800000", "CNY", "REGISTRATION", 75, "Hardware"));

	private final Opportunities opportunities;

	private final OpportunityRepository repository;

	private final SalesProcessRepository processes;

	private final StageChangeRepository changes;

	private final AccountService accounts;

	private final UserDetailsService users;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	DemoPipeline(Opportunities opportunities, OpportunityRepository repository, SalesProcessRepository processes,
			StageChangeRepository changes, AccountService accounts, UserDetailsService users, Clock clock,
			PlatformTransactionManager transactionManager, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.opportunities = opportunities;
		this.repository = repository;
		this.processes = processes;
		this.changes = changes;
		this.accounts = accounts;
		this.users = users;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (loaded() || processes.findFirstByDefaultProcessTrue().isEmpty()) {
			return;
		}
		for (Deal deal : DEALS) {
			try {
				as(deal.owner(), () -> transactions.executeWithoutResult(status -> open(deal)));
			}
			catch (RuntimeException ex) {
				log.info("Demo deal {} left out: {}", deal.name(), ex.getMessage());
			}
		}
	}

	/**
	 * Whether the demo deals are there already: other demo data (a converted lead,
	 * another module's examples) may have opened opportunities before, so the table is
	 * not empty.
	 */
	private boolean loaded() {
		return jdbc.sql("select count(*) from sales_opportunity where name = :name")
			.param("name", DEALS.get(0).name())
			.query(Long.class)
			.single() > 0;
	}

	private void open(Deal deal) {
		SalesProcess process = processes.findFirstByDefaultProcessTrue().orElseThrow();
		Map<String, Stage> stages = new HashMap<>();
		process.stages().forEach(stage -> stages.put(stage.code(), stage));
		AccountSummary account = accounts.list(AccountFilter.byName(deal.account()), PageRequest.of(0, 1))
			.stream()
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no demo account " + deal.account()));
		LocalDate today = LocalDate.now(clock);
		LocalDate close = today.plusDays(deal.closeInDays());
		if (deal.closeInDays() < 0) {
			// won deals closed this quarter, so that the board's won column shows them
			close = close.isBefore(ForecastPeriod.QUARTER.start(today)) ? today : close;
		}
		long id = opportunities
			.create(new SaveOpportunity(account.id(), deal.name(), new BigDecimal(deal.amount()), deal.currency(),
					close, null, deal.productLine(), null, null, null, process.id()))
			.id();
		Opportunity opportunity = repository.findById(id).orElseThrow();
		Stage from = process.firstStage();
		Instant now = clock.instant();
		if (LOST.equals(deal.stage())) {
			Stage lostAt = stages.get("SOLUTION");
			opportunity.enter(lostAt, now);
			opportunity.close(OpportunityStatus.LOST, "预算转向竞争对手 Budget went to a competitor", now);
			record(opportunity, from, lostAt, now);
		}
		else if (!deal.stage().equals(from.code())) {
			Stage to = stages.get(deal.stage());
			opportunity.enter(to, now);
			record(opportunity, from, to, now);
		}
		repository.save(opportunity);
	}

	private void record(Opportunity opportunity, Stage from, Stage to, Instant now) {
		changes.save(new StageChange(opportunity.id(), from.id(), to.id(), opportunity.status(), opportunity.ownerId(),
				now));
	}

	private void as(String username, Runnable work) {
		UserDetails user;
		try {
			user = users.loadUserByUsername(username);
		}
		catch (RuntimeException ex) {
			return;
		}
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** A demo deal; closeInDays from today (negative: won that many days ago). */
	private record Deal(String owner, String account, String name, String amount, String currency, String stage,
			int closeInDays, String productLine) {
	}

}
