package io.guanxi.sales.lead;

import java.util.Optional;

import io.guanxi.customer.Industry;
import io.guanxi.platform.UserDirectory;
import io.guanxi.platform.UserDirectory.TeamSummary;
import io.guanxi.platform.UserDirectory.UserSummary;
import io.guanxi.sales.ConversionCandidates;
import io.guanxi.sales.ConvertLead;
import io.guanxi.sales.LeadConversion;
import io.guanxi.sales.LeadDetails;
import io.guanxi.sales.LeadDisqualifyReason;
import io.guanxi.sales.LeadRules;
import io.guanxi.sales.LeadSource;
import io.guanxi.sales.Leads;
import io.guanxi.sales.SaveLead;
import io.guanxi.sales.SaveLeadRule;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * A few leads in every state for the demo, loaded once after the customer demo data: two
 * assignment rules (Shanghai leads to the East China team in turn, finance leads to Emily
 * Chen) with Zhang Wei as the default owner, and leads that show the list, the score, the
 * rules and a conversion with a duplicate account (华为). Runs as the demo administrator,
 * through the services, so rules and scores apply.
 */
@Component
@Profile("demo")
@Order(70)
class DemoLeads implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoLeads.class);

	private final Leads leads;

	private final LeadRules rules;

	private final LeadConversion conversion;

	private final LeadRepository repository;

	private final UserDirectory users;

	private final UserDetailsService userDetails;

	DemoLeads(Leads leads, LeadRules rules, LeadConversion conversion, LeadRepository repository, UserDirectory users,
			UserDetailsService userDetails) {
		this.leads = leads;
		this.rules = rules;
		this.conversion = conversion;
		this.repository = repository;
		this.users = users;
		this.userDetails = userDetails;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (repository.count() > 0 || users.findByUsername("admin").isEmpty()) {
			return;
		}
		asAdmin(() -> {
			try {
				routing();
				capture();
			}
			catch (RuntimeException ex) {
				log.warn("Demo leads left incomplete: {}", ex.getMessage());
			}
		});
	}

	private void routing() {
		Optional<Long> east = users.teams()
			.stream()
			.filter(t -> t.name().startsWith("华东"))
			.map(TeamSummary::id)
			.findFirst();
		east.ifPresent(
				team -> rules.create(new SaveLeadRule("上海线索 Shanghai", null, "上海市", null, null, null, team, true)));
		user("emily.chen").ifPresent(emily -> rules
			.create(new SaveLeadRule("Finance", null, null, Industry.FINANCE, null, emily, null, true)));
		user("zhang.wei").ifPresent(zhang -> rules.changeDefaultOwner(zhang, rules.defaultOwner().version()));
	}

	private void capture() {
		LeadDetails huawei = lead("wang.fang",
				new SaveLead("陈", "晓明", "华为技术有限公司", "采购经理", "chen.xiaoming@huawei.example", "139 1234 5678", null,
						Industry.TELECOM, "广东省", "深圳市", LeadSource.EVENT, "2026 深圳云计算大会", "想了解园区网络改造方案，明年一季度预算已批。",
						null));
		qualify(work(huawei));
		lead(null, new SaveLead("李", "娜", "上海新能源科技有限公司", "CTO", "li.na@shne.example", "138 2000 1111", null,
				Industry.ENERGY, "上海市", "上海市", LeadSource.WEB_FORM, null, "储能项目需要 CRM 集成。", null));
		lead(null, new SaveLead("吴", "昊", "上海智造装备有限公司", null, null, "137 3000 2222", null, Industry.MANUFACTURING,
				"上海市", "上海市", LeadSource.WEB_FORM, null, null, null));
		work(lead("emily.chen",
				new SaveLead("Brown", "Michael", "Siemens Ltd., China", "Head of IT", "michael.brown@siemens.example",
						null, "+86 10 6476 8888", Industry.MANUFACTURING, "北京市", "北京市", LeadSource.PARTNER, null,
						"Evaluating a CRM for the Beijing sales office.", null)));
		work(lead("li.lei", new SaveLead("周", "杰", "杭州云栖数据有限公司", "销售总监", "zhou.jie@yunqi.example", null, null,
				Industry.TECHNOLOGY, "浙江省", "杭州市", LeadSource.REFERRAL, null, "由阿里巴巴的刘总介绍。", null)));
		lead("wang.fang", new SaveLead("王", "磊", null, null, null, "136 5000 3333", null, null, null, "苏州市",
				LeadSource.ADVERTISING, "百度推广", null, null));
		LeadDetails trading = lead("li.lei", new SaveLead("赵", "敏", "深圳某某贸易有限公司", "老板", "zhao.min@trade.example", null,
				null, Industry.RETAIL, "广东省", "深圳市", LeadSource.COLD_CALL, null, null, null));
		leads.disqualify(trading.id(), LeadDisqualifyReason.NO_BUDGET, "今年没有预算，明年再联系。", trading.version());
		lead(null, new SaveLead("Lee", "Sarah", "Pacific Capital Partners", "Partner", "sarah.lee@pacific.example",
				null, null, Industry.FINANCE, null, "Hong Kong", LeadSource.EVENT, "FinTech Summit", null, null));
		LeadDetails alibaba = work(lead("wang.fang",
				new SaveLead("刘", "强", "阿里巴巴集团控股有限公司", "采购总监", "liu.qiang@alibaba.example", "135 6000 4444", null,
						Industry.TECHNOLOGY, "浙江省", "杭州市", LeadSource.REFERRAL, null, "续签年度框架协议。", null)));
		ConversionCandidates found = conversion.candidates(alibaba.id());
		Long account = found.accounts()
			.stream()
			.filter(ConversionCandidates.AccountCandidate::sameName)
			.findFirst()
			.map(ConversionCandidates.AccountCandidate::id)
			.orElse(null);
		conversion.convert(alibaba.id(), new ConvertLead(account, null, true, null), alibaba.version());
	}

	private LeadDetails lead(@Nullable String owner, SaveLead lead) {
		return leads.create(lead.ownedBy(owner == null ? null : user(owner).orElse(null)));
	}

	private LeadDetails work(LeadDetails lead) {
		return leads.work(lead.id(), lead.version());
	}

	private LeadDetails qualify(LeadDetails lead) {
		return leads.qualify(lead.id(), lead.version());
	}

	private Optional<Long> user(String username) {
		return users.findByUsername(username).map(UserSummary::id);
	}

	private void asAdmin(Runnable work) {
		UserDetails admin = userDetails.loadUserByUsername("admin");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
