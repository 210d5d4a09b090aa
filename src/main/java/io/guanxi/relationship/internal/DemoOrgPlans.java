package io.guanxi.relationship.internal;

import java.util.List;
import java.util.Map;

import io.guanxi.relationship.BuyingRole;
import io.guanxi.relationship.ChangeKind;
import org.jspecify.annotations.Nullable;

/**
 * The demo accounts' org charts as scripts of what happened, oldest first: departments,
 * people joining, promotions, transfers and departures, months before today. People named
 * here who are not contacts of the account yet are created there (or linked, when they
 * come from another demo account).
 */
final class DemoOrgPlans {

	private DemoOrgPlans() {
	}

	static final Map<String, List<Step>> PLANS = Map.of("华为技术有限公司",
			List.of(new Department("管理层"), new Department("信息中心"), new Department("采购部"), new Department("财务部"),
					new Join("郭志远", "副总裁（企业 IT）", "管理层", null, BuyingRole.DECISION_MAKER, 96),
					new Join("孙浩", "信息中心主任", "信息中心", "郭志远", BuyingRole.CHAMPION, 84),
					new Join("刘建国", "采购经理", "采购部", "郭志远", BuyingRole.INFLUENCER, 72),
					new Join("陈静", "信息中心副主任", "信息中心", "孙浩", BuyingRole.INFLUENCER, 60),
					new Join("钱晓红", "财务经理", "财务部", "郭志远", BuyingRole.GATEKEEPER, 54),
					new Join("许文博", "系统架构师", "信息中心", "孙浩", BuyingRole.TECHNICAL_EVALUATOR, 48),
					new Change("刘建国", ChangeKind.PROMOTED, 40, "采购总监", "采购部", "郭志远", BuyingRole.ECONOMIC_BUYER,
							"原采购总监退休后接任"),
					new Join("赵磊", "IT 经理", "信息中心", "陈静", BuyingRole.USER, 36),
					new Leave("孙浩", 30, "阿里巴巴集团控股有限公司", "加入阿里巴巴任技术副总裁"),
					new Change("陈静", ChangeKind.PROMOTED, 30, "信息中心主任", "信息中心", "郭志远", BuyingRole.CHAMPION, "接替孙浩"),
					new Change("许文博", ChangeKind.TRANSFERRED, 29, "采购技术经理", "采购部", "刘建国",
							BuyingRole.TECHNICAL_EVALUATOR, "转岗至采购部负责技术选型"),
					new Change("赵磊", ChangeKind.TITLE_CHANGED, 12, "高级 IT 经理", "信息中心", "陈静",
							BuyingRole.TECHNICAL_EVALUATOR, null)),
			"阿里巴巴集团控股有限公司",
			List.of(new Department("技术部"), new Department("采购部"),
					new Join("周志强", "首席信息官", "技术部", null, BuyingRole.DECISION_MAKER, 70),
					new Join("孙丽", "采购经理", "采购部", null, BuyingRole.ECONOMIC_BUYER, 50),
					new Join("孙浩", "技术副总裁", "技术部", "周志强", BuyingRole.CHAMPION, 30),
					new Join("钟毅", "安全架构师", "技术部", "孙浩", BuyingRole.BLOCKER, 20),
					new Join("杨帆", "采购专员", "采购部", "孙丽", BuyingRole.USER, 14)),
			"腾讯科技（深圳）有限公司",
			List.of(new Department("信息中心"), new Department("行政部"),
					new Join("黄俊", "信息中心主任", "信息中心", null, BuyingRole.DECISION_MAKER, 60),
					new Join("马丽华", "行政采购负责人", "行政部", null, BuyingRole.ECONOMIC_BUYER, 48),
					new Join("林思远", "运维经理", "信息中心", "黄俊", BuyingRole.INFLUENCER, 40),
					new Change("林思远", ChangeKind.PROMOTED, 18, "运维总监", "信息中心", "黄俊", BuyingRole.CHAMPION, null)),
			"Siemens Ltd., China",
			List.of(new Department("IT"), new Department("Procurement"),
					new Join("Emily Chen", "IT Director", "IT", null, BuyingRole.DECISION_MAKER, 50),
					new Join("Thomas Weber", "Category Manager", "Procurement", null, BuyingRole.INFLUENCER, 44),
					new Change("Thomas Weber", ChangeKind.ROLE_CHANGED, 10, "Head of Procurement", "Procurement", null,
							BuyingRole.ECONOMIC_BUYER, "Now signs off purchases above EUR 100k")));

	/** One thing that happened at an account. */
	sealed interface Step permits Department, Join, Change, Leave {

	}

	record Department(String name) implements Step {

	}

	/** Someone takes a position; a two-part Chinese name is split family-first. */
	record Join(String person, String title, String department, @Nullable String reportsTo, @Nullable BuyingRole role,
			int monthsAgo) implements Step {

	}

	record Change(String person, ChangeKind kind, int monthsAgo, String title, String department,
			@Nullable String reportsTo, BuyingRole role, @Nullable String note) implements Step {

	}

	record Leave(String person, int monthsAgo, String toAccount, String note) implements Step {

	}

}
