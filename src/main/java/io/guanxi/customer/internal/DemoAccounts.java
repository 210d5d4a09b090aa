package io.guanxi.customer.internal;

import java.util.List;

import io.guanxi.customer.AccountKind;
import io.guanxi.customer.AccountStatus;
import io.guanxi.customer.CompanySize;
import io.guanxi.customer.CustomerSource;
import io.guanxi.customer.Industry;
import io.guanxi.customer.LifecycleStage;
import io.guanxi.customer.PhoneNumbers;
import io.guanxi.customer.SaveAccount;
import io.guanxi.customer.Tier;
import io.guanxi.platform.UserDirectory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A handful of demo customers for the demo reps, loaded once into an empty table. */
@Component
@Profile("demo")
@Order(30)
class DemoAccounts implements ApplicationRunner {

	private static final List<Demo> ACCOUNTS = List.of(
			demo("wang.fang", "华为技术有限公司", Industry.TELECOM, CompanySize.ENTERPRISE, "广东省", "深圳市", "龙岗区坂田华为基地",
					"0755-28780808", "www.huawei.com", Tier.A, LifecycleStage.LOYAL, CustomerSource.EXHIBITION),
			demo("wang.fang", "阿里巴巴集团控股有限公司", Industry.TECHNOLOGY, CompanySize.ENTERPRISE, "浙江省", "杭州市", "余杭区文一西路969号",
					"0571-85022088", "www.alibaba.com", Tier.A, LifecycleStage.ACTIVE_CUSTOMER,
					CustomerSource.REFERRAL),
			demo("wang.fang", "上海汽车集团股份有限公司", Industry.AUTOMOTIVE, CompanySize.ENTERPRISE, "上海市", "上海市", "静安区威海路489号",
					"021-22011888", "www.saicmotor.com", Tier.B, LifecycleStage.AT_RISK, CustomerSource.TENDER),
			demo("wang.fang", "杭州海康威视数字技术股份有限公司", Industry.MANUFACTURING, CompanySize.ENTERPRISE, "浙江省", "杭州市",
					"滨江区阡陌路555号", "0571-88075998", "www.hikvision.com", Tier.B, LifecycleStage.NEW_CUSTOMER,
					CustomerSource.EVENT),
			demo("li.lei", "腾讯科技（深圳）有限公司", Industry.TECHNOLOGY, CompanySize.ENTERPRISE, "广东省", "深圳市", "南山区海天二路33号",
					"0755-86013388", "www.tencent.com", Tier.A, LifecycleStage.ACTIVE_CUSTOMER, CustomerSource.PARTNER),
			demo("li.lei", "比亚迪股份有限公司", Industry.AUTOMOTIVE, CompanySize.ENTERPRISE, "广东省", "深圳市", "坪山区比亚迪路3009号",
					"0755-89888888", "www.byd.com", Tier.B, LifecycleStage.PROSPECT, CustomerSource.COLD_CALL),
			demo("li.lei", "中国平安保险（集团）股份有限公司", Industry.INSURANCE, CompanySize.ENTERPRISE, "广东省", "深圳市", "福田区益田路5033号",
					"95511", "www.pingan.com", Tier.C, LifecycleStage.CHURNED, CustomerSource.WEBSITE),
			demo("emily.chen", "Siemens Ltd., China", Industry.MANUFACTURING, CompanySize.LARGE, "北京市", "北京市",
					"朝阳区望京中环南路7号", "+86 10 6476 8888", "www.siemens.com.cn", Tier.A, LifecycleStage.LOYAL,
					CustomerSource.PARTNER),
			demo("emily.chen", "Unilever (China) Co., Ltd.", Industry.CONSUMER_GOODS, CompanySize.LARGE, "上海市", "上海市",
					"长宁区仙霞路99号", "+86 21 2208 5888", "www.unilever.com.cn", Tier.B, LifecycleStage.ACTIVE_CUSTOMER,
					CustomerSource.EVENT),
			demo("emily.chen", "BASF (China) Co., Ltd.", Industry.ENERGY, CompanySize.LARGE, "上海市", "上海市",
					"浦东新区江心沙路300号", "+86 21 2039 1000", "www.basf.com/cn", Tier.C, LifecycleStage.WON_BACK,
					CustomerSource.REFERRAL),
			demo("zhang.wei", "中国移动通信集团有限公司", Industry.TELECOM, CompanySize.ENTERPRISE, "北京市", "北京市", "西城区金融大街29号",
					"010-52686688", "www.10086.cn", Tier.A, LifecycleStage.PROSPECT, CustomerSource.TENDER));

	private final AccountRepository accounts;

	private final UserDirectory users;

	private final PhoneNumbers phoneNumbers;

	DemoAccounts(AccountRepository accounts, UserDirectory users, PhoneNumbers phoneNumbers) {
		this.accounts = accounts;
		this.users = users;
		this.phoneNumbers = phoneNumbers;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (accounts.count() > 0) {
			return;
		}
		for (Demo demo : ACCOUNTS) {
			users.findByUsername(demo.owner()).ifPresent(owner -> {
				Account account = new Account(demo.profile().name(), owner.id());
				account.describe(demo.profile(), phoneNumbers.e164(demo.profile().phone(), "CN").orElse(null));
				accounts.save(account);
			});
		}
	}

	private static Demo demo(String owner, String name, Industry industry, CompanySize size, String region, String city,
			String address, String phone, String website, Tier tier, LifecycleStage stage, CustomerSource source) {
		return new Demo(owner, new SaveAccount(name, AccountKind.COMPANY, null, industry, size, "CN", region, city,
				address, null, website, phone, null, source, tier, stage, AccountStatus.ACTIVE, null, null));
	}

	private record Demo(String owner, SaveAccount profile) {
	}

}
