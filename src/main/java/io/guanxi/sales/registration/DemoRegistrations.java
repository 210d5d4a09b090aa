package io.guanxi.sales.registration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import io.guanxi.customer.AccountFilter;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.AccountSummary;
import io.guanxi.customer.Tier;
import io.guanxi.platform.UserDirectory;
import io.guanxi.sales.GateKind;
import io.guanxi.sales.Opportunities;
import io.guanxi.sales.OpportunityView;
import io.guanxi.sales.ProcessView;
import io.guanxi.sales.SalesProcessAdmin;
import io.guanxi.sales.SaveOpportunity;
import io.guanxi.sales.SaveProcess;
import io.guanxi.sales.SaveStage;
import io.guanxi.sales.StageView;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * Demo data for the process admin and deal registration, loaded once: a key account
 * process for tier A accounts, two registrations of one ERP deal at Huawei by Wang Fang
 * and Li Lei that conflict (so Zhang Wei's queue shows something), and an approved one of
 * Emily Chen's. Runs late, after the other demo deals, through the services as each user.
 */
@Component
@Profile("demo")
@Order(200)
class DemoRegistrations implements ApplicationRunner {

	static final String KEY_ACCOUNTS = "大客户销售流程 Key accounts";

	private static final Logger log = LoggerFactory.getLogger(DemoRegistrations.class);

	private final SalesProcessAdmin admin;

	private final DealRegistrations registrations;

	private final DealRegistrationRepository stored;

	private final Opportunities opportunities;

	private final AccountService accounts;

	private final UserDirectory directory;

	private final UserDetailsService users;

	DemoRegistrations(SalesProcessAdmin admin, DealRegistrations registrations, DealRegistrationRepository stored,
			Opportunities opportunities, AccountService accounts, UserDirectory directory, UserDetailsService users) {
		this.admin = admin;
		this.registrations = registrations;
		this.stored = stored;
		this.opportunities = opportunities;
		this.accounts = accounts;
		this.directory = directory;
		this.users = users;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (stored.count() > 0) {
			return;
		}
		try {
			as("admin", this::keyAccountProcess);
			registerConflictingDeals();
		}
		catch (RuntimeException ex) {
			log.warn("Demo registrations left incomplete: {}", ex.getMessage());
		}
	}

	/**
	 * A copy of the default for tier A accounts, with an executive sponsor on the needs
	 * and a manager's approval of the solution.
	 */
	private ProcessView keyAccountProcess() {
		Optional<ProcessView> existing = admin.all().stream().filter(p -> p.name().equals(KEY_ACCOUNTS)).findFirst();
		if (existing.isPresent()) {
			return existing.get();
		}
		ProcessView copy = admin
			.copy(admin.all().stream().filter(ProcessView::defaultProcess).findFirst().orElseThrow().id());
		ProcessView process = admin.update(copy.id(), new SaveProcess(KEY_ACCOUNTS,
				"Tier A accounts: an executive sponsor on our side, and a manager approves the solution before the bid.",
				null, Tier.A, true, false), copy.version());
		process = changeStage(process, "NEEDS", stage -> {
			List<SaveStage.Task> tasks = new ArrayList<>(SaveStage.of(stage).taskList());
			tasks.add(new SaveStage.Task(null, "Meet the executive sponsor (高层拜访)", true));
			return new SaveStage(stage.name(), stage.probability(), stage.outcome(), stage.guidance(), tasks,
					SaveStage.of(stage).gateList());
		});
		return changeStage(process, "SOLUTION", stage -> {
			List<SaveStage.Gate> gates = new ArrayList<>(SaveStage.of(stage).gateList());
			gates.add(new SaveStage.Gate(GateKind.APPROVAL, null, null));
			return new SaveStage(stage.name(), stage.probability(), stage.outcome(), stage.guidance(),
					SaveStage.of(stage).taskList(), gates);
		});
	}

	private ProcessView changeStage(ProcessView process, String code, Function<StageView, SaveStage> change) {
		StageView stage = process.stages().stream().filter(s -> code.equals(s.code())).findFirst().orElseThrow();
		return admin.updateStage(process.id(), stage.id(), change.apply(stage), process.version());
	}

	private void registerConflictingDeals() {
		Optional<AccountSummary> huawei = as("zhang.wei", () -> account("华为技术有限公司"));
		Optional<AccountSummary> siemens = as("emily.chen", () -> account("Siemens Ltd., China"));
		if (huawei.isEmpty() || siemens.isEmpty()) {
			return;
		}
		OpportunityView wang = as("zhang.wei", () -> open(huawei.get(), "华为 ERP 云迁移", "ERP", "wang.fang", "1800000"));
		OpportunityView li = as("zhang.wei", () -> open(huawei.get(), "华为财务共享中心 ERP", "ERP", "li.lei", "950000"));
		as("wang.fang",
				() -> registrations.register(wang.id(), new RegisterDeal("SAP S/4HANA 云迁移", "ERP", "已拜访信息中心总监，预算已立项")));
		as("li.lei", () -> registrations.register(li.id(), new RegisterDeal("财务共享 ERP", "ERP", "财务部主动联系，希望年底前上线")));
		// one of Wang Fang's deals is not registered yet, to try the form on
		as("wang.fang", () -> account("阿里巴巴集团控股有限公司")
			.map(alibaba -> open(alibaba, "阿里巴巴 数据中台", "Data platform", null, "760000")));
		OpportunityView emily = as("emily.chen",
				() -> open(siemens.get(), "Siemens MindSphere rollout", "IoT", null, "620000"));
		RegistrationView registered = as("emily.chen", () -> registrations.register(emily.id(),
				new RegisterDeal("MindSphere IoT platform", "IoT", "Plant managers in Beijing and Chengdu")));
		as("admin", () -> registrations.decide(emily.id(), true, "Go ahead", registered.version()));
	}

	private Optional<AccountSummary> account(String name) {
		return accounts.list(AccountFilter.none(), PageRequest.of(0, 200))
			.stream()
			.filter(account -> account.name().equals(name))
			.findFirst();
	}

	private OpportunityView open(AccountSummary account, String name, String productLine, @Nullable String owner,
			String amount) {
		Long ownerId = owner == null ? null : directory.findByUsername(owner).orElseThrow().id();
		return opportunities.create(new SaveOpportunity(account.id(), name, new BigDecimal(amount), "CNY",
				LocalDate.now().plusMonths(3), null, productLine, null, null, ownerId, null));
	}

	private <T> T as(String username, Supplier<T> work) {
		UserDetails user = users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
