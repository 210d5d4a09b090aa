package io.guanxi.sales.internal;

import java.util.List;

import io.guanxi.relationship.BuyingRole;
import io.guanxi.sales.OpportunityStatus;
import io.guanxi.sales.SaveDealReview;
import io.guanxi.sales.TeamRole;
import io.guanxi.sales.WinLossReason;
import org.jspecify.annotations.Nullable;

/**
 * The demo deals: one or two at the demo accounts, in every stage of the default process,
 * open, won and lost, so the pipeline and the opportunity pages have something to show.
 */
final class DemoDealPlans {

	private DemoDealPlans() {
	}

	private static final String LOST = "LOST";

	/** The default process's stage codes in order. */
	private static final List<String> STAGES = List.of("REGISTRATION", "NEEDS", "SOLUTION", "BIDDING", "NEGOTIATION",
			"CONTRACT", "REVIEW");

	private static final String HUAWEI = "华为技术有限公司";

	private static final String ALIBABA = "阿里巴巴集团控股有限公司";

	private static final String SAIC = "上海汽车集团股份有限公司";

	private static final String HIKVISION = "杭州海康威视数字技术股份有限公司";

	private static final String TENCENT = "腾讯科技（深圳）有限公司";

	private static final String BYD = "比亚迪股份有限公司";

	private static final String PING_AN = "中国平安保险（集团）股份有限公司";

	private static final String SIEMENS = "Siemens Ltd., China";

	private static final String UNILEVER = "Unilever (China) Co., Ltd.";

	private static final String BASF = "BASF (China) Co., Ltd.";

	static final List<Plan> PLANS = List.of(
			new Plan("wang.fang", HUAWEI, "华为坂田园区私有云扩容", "3800000", "CNY", 75, "私有云", "EXHIBITION",
					"11 月 28 日前提交投标文件，并约陈主任确认技术评分项", "坂田园区二期新增 600 台服务器的私有云平台，含三年运维。信息中心希望年底前完成招标。",
					List.of(new Person("陈静", BuyingRole.DECISION_MAKER), new Person("刘建国", BuyingRole.ECONOMIC_BUYER),
							new Person("赵磊", BuyingRole.TECHNICAL_EVALUATOR)),
					List.of(new Rival("浪潮信息", "硬件价格低，华南有本地交付团队", "云管平台功能弱，运维响应慢"),
							new Rival("新华三", "网络设备已在园区大量部署，关系深", "私有云案例少，报价偏高")),
					"BIDDING", List.of("COMPETITOR_ANALYSIS"), false, 48, OpportunityStatus.OPEN, null, null,
					new Member("li.lei", TeamRole.PRESALES)),
			new Plan("wang.fang", ALIBABA, "阿里巴巴客服中心 CRM 升级", "1250000", "CNY", 60, "CRM", "REFERRAL",
					"周五向周总演示客服工作台，带上报价策略", "1,200 个客服坐席从旧系统迁移，需要与钉钉和工单系统集成。",
					List.of(new Person("周志强", BuyingRole.DECISION_MAKER), new Person("孙丽", BuyingRole.ECONOMIC_BUYER)),
					List.of(), "SOLUTION", List.of("SOLUTION_PRESENTATION"), false, 30, OpportunityStatus.OPEN, null,
					null, null),
			new Plan("li.lei", TENCENT, "腾讯深圳总部数据中心运维外包", "5600000", "CNY", 40, "运维服务", "PARTNER", "等张总批准最终报价后发合同草稿",
					"三年期数据中心运维外包，7×24 驻场，SLA 99.95%。",
					List.of(new Person("黄俊", BuyingRole.DECISION_MAKER), new Person("马丽华", BuyingRole.ECONOMIC_BUYER),
							new Person("林思远", BuyingRole.TECHNICAL_EVALUATOR)),
					List.of(new Rival("万国数据", "自有机房，可打包托管与运维", "人员流动大，客户对服务质量有抱怨")), "NEGOTIATION",
					List.of("NEGOTIATE_TERMS", "CONFIRM_PRICING"), true, 70, OpportunityStatus.OPEN, null, null, null),
			new Plan("wang.fang", SAIC, "上汽集团售后服务系统", "2300000", "CNY", 10, "CRM", "TENDER", "法务已审完，本周内盖章",
					"全国 1,800 家 4S 店的售后工单与回访系统。",
					List.of(new Person("郑伟", BuyingRole.DECISION_MAKER), new Person("吴海燕", BuyingRole.ECONOMIC_BUYER)),
					List.of(new Rival("用友", "财务系统已在用，集成方便", "售后行业经验少")), "CONTRACT", List.of(), false, 95,
					OpportunityStatus.OPEN, null, null, null),
			new Plan("zhang.wei", "中国移动通信集团有限公司", "中国移动 2027 年网管系统集采", "12000000", "CNY", 150, "运维服务", "TENDER",
					"拜访宋总，了解集采时间表", "省公司网管系统统一集采，预计明年一季度发标。", List.of(new Person("宋国庆", BuyingRole.ECONOMIC_BUYER)),
					List.of(), "REGISTRATION", List.of("REGISTER"), false, 6, OpportunityStatus.OPEN, null, null, null),
			new Plan("li.lei", BYD, "比亚迪经销商门户", "680000", "CNY", 90, "CRM", "COLD_CALL", "整理经销商访谈纪要，估算规模",
					"为 600 家经销商建设订单与库存门户。",
					List.of(new Person("罗敏", BuyingRole.TECHNICAL_EVALUATOR), new Person("何春生", BuyingRole.INFLUENCER)),
					List.of(), "NEEDS", List.of("CLARIFY_NEEDS", "BACKGROUND"), false, 21, OpportunityStatus.OPEN, null,
					null, null),
			new Plan("emily.chen", SIEMENS, "Siemens Beijing plant MES rollout", "480000", "EUR", 120, "MES", "PARTNER",
					"Workshop with Thomas Weber on the integration scope",
					"MES for the Beijing switchgear plant, phase 1 of three.",
					List.of(new Person("Weber", BuyingRole.ECONOMIC_BUYER), new Person("Chen", BuyingRole.CHAMPION)),
					List.of(), "NEEDS", List.of("CLARIFY_NEEDS"), false, 18, OpportunityStatus.OPEN, null, null, null),
			new Plan("emily.chen", UNILEVER, "Unilever trade promotion analytics", "350000", "USD", 55, "Analytics",
					"EVENT", "Send the revised proposal with the pilot plan",
					"Promotion effectiveness dashboards for 40 key accounts in East China.", List.of(), List.of(),
					"REGISTRATION", List.of(), false, 3, OpportunityStatus.OPEN, null, null, null),
			new Plan("wang.fang", HIKVISION, "海康威视供应链协同平台", "960000", "CNY", -20, "供应链", "EVENT", "安排上线后的季度回访",
					"与 300 家核心供应商的订单、预测与质量协同。",
					List.of(new Person("王磊", BuyingRole.DECISION_MAKER), new Person("冯晓梅", BuyingRole.ECONOMIC_BUYER)),
					List.of(new Rival("SAP Ariba", "品牌强，全球案例多", "价格高，本地化与实施周期长")), "REVIEW",
					List.of("POST_CLOSE_REVIEW"), false, 120, OpportunityStatus.WON, null,
					new SaveDealReview(WinLossReason.RELATIONSHIP, "采购部王经理全程支持，提前锁定了评分标准",
							"需求阶段就请财务总监参与，价值测算打动了决策层；试点两周上线。", "投标文件准备仓促，资质材料差点缺页。", "投标文件提前一周定稿并交叉检查；复制“财务总监早参与”的做法。"),
					null),
			new Plan("li.lei", PING_AN, "平安科技呼叫中心替换", "1800000", "CNY", -35, "CRM", "WEBSITE", null,
					"2,000 坐席呼叫中心系统替换，含智能质检。",
					List.of(new Person("高翔", BuyingRole.DECISION_MAKER), new Person("梁雪", BuyingRole.GATEKEEPER)),
					List.of(new Rival("华为云", "整体打包价格低 18%，AI 质检演示效果好", "定制化能力一般")), "BIDDING", List.of(), false, 80,
					OpportunityStatus.LOST, "报价比华为云高 18%，客户预算收紧",
					new SaveDealReview(WinLossReason.PRICE, "报价高出 18%，且未能证明差价带来的价值", "技术评分第一，质检方案获认可。",
							"没有接触到财务决策人，价格谈判太晚。", "投标前必须见到经济决策人；提前准备分期付款方案。"),
					null));

	/**
	 * More deals, told in fewer words, so that every column of the board has a few cards.
	 */
	static final List<Plan> BOARD = List.of(
			board("wang.fang", HUAWEI, "华为 5G 基站运维平台", "3800000", "NEGOTIATION", 20, "Cloud"),
			board("wang.fang", HUAWEI, "全球客服中心外包", "2900000", "REGISTRATION", 120, "Services"),
			board("wang.fang", ALIBABA, "阿里云混合云迁移", "5600000", "BIDDING", 35, "Cloud"),
			board("wang.fang", ALIBABA, "菜鸟仓储数据看板", "680000", "NEEDS", 70, "Analytics"),
			board("wang.fang", SAIC, "上汽经销商培训系统", "920000", "REGISTRATION", 100, "Software"),
			board("wang.fang", HIKVISION, "安防大数据平台 POC", "450000", "NEEDS", 60, "Analytics"),
			board("wang.fang", HIKVISION, "海康威视 MES 升级", "1750000", "REVIEW", -10, "Software"),
			board("li.lei", TENCENT, "腾讯会议企业版", "1500000", "SOLUTION", 30, "Software"),
			board("li.lei", TENCENT, "云游戏 CDN 扩容", "2050000", "REVIEW", -20, "Cloud"),
			board("li.lei", BYD, "电池工厂 IoT 平台", "6800000", "BIDDING", 50, "Hardware"),
			board("li.lei", BYD, "车机语音助手", "900000", LOST, 25, "Software"),
			board("li.lei", PING_AN, "平安健康客服机器人", "1100000", "NEEDS", 40, "Software"),
			board("li.lei", PING_AN, "核心系统灾备", "4300000", "CONTRACT", 12, "Services"),
			board("emily.chen", SIEMENS, "Digital twin pilot", "2200000", "SOLUTION", 40, "Software"),
			board("emily.chen", UNILEVER, "Retail analytics rollout", "950000", "NEGOTIATION", 25, "Analytics"),
			board("emily.chen", UNILEVER, "Marketing cloud", "1300000", "REVIEW", -5, "Cloud"),
			board("emily.chen", BASF, "Plant safety IoT", "1800000", "REGISTRATION", 75, "Hardware"));

	/**
	 * A board deal in CNY at {@code stage} ({@value #LOST}: lost in the solution stage):
	 * the account's first contact as decision maker, a rival once it is bidding, opened a
	 * few weeks before.
	 */
	private static Plan board(String owner, String account, String name, String amount, String stage, int closeInDays,
			String productLine) {
		boolean lost = LOST.equals(stage);
		String reached = lost ? "SOLUTION" : stage;
		int position = STAGES.indexOf(reached);
		List<Rival> rivals = position >= STAGES.indexOf("BIDDING")
				? List.of(new Rival("友商 A Rival", "价格低 Lower price", "交付慢 Slow delivery")) : List.of();
		OpportunityStatus outcome = lost ? OpportunityStatus.LOST
				: ("REVIEW".equals(stage) ? OpportunityStatus.WON : OpportunityStatus.OPEN);
		return new Plan(owner, account, name, amount, "CNY", closeInDays, productLine, null, null, null,
				List.of(new Person(Person.FIRST, BuyingRole.DECISION_MAKER)), rivals, reached, List.of(), false,
				14 + 9 * position, outcome, lost ? "预算转向竞争对手 Budget went to a competitor" : null, null, null);
	}

	/** A person of the account by (part of) their name, and their role on the deal. */
	record Person(String name, BuyingRole role) {

		/** The account's first contact, whoever that is. */
		static final String FIRST = "";

	}

	record Rival(String name, String strengths, String weaknesses) {
	}

	record Member(String username, TeamRole role) {
	}

	/**
	 * @param stage where the deal ends up (for a lost deal, where it was lost)
	 * @param ticks tasks of that stage already done
	 * @param askApproval whether the owner asked for the stage's approval already
	 * @param ageDays how long ago the deal was opened
	 */
	record Plan(String owner, String account, String name, String amount, String currency, int closeInDays,
			String productLine, @Nullable String source, @Nullable String nextStep, @Nullable String description,
			List<Person> people, List<Rival> rivals, String stage, List<String> ticks, boolean askApproval, int ageDays,
			OpportunityStatus outcome, @Nullable String lostReason, @Nullable SaveDealReview review,
			@Nullable Member member) {
	}

}
