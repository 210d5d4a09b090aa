package io.guanxi.customer.internal;

import java.util.List;
import java.util.Map;

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

	private static final Map<String, List<String>> ACCOUNTS_BY_OWNER = Map.of("wang.fang",
			List.of("华为技术有限公司", "阿里巴巴集团控股有限公司", "上海汽车集团股份有限公司", "杭州海康威视数字技术股份有限公司"), "li.lei",
			List.of("腾讯科技（深圳）有限公司", "比亚迪股份有限公司", "中国平安保险（集团）股份有限公司"), "emily.chen",
			List.of("Siemens Ltd., China", "Unilever (China) Co., Ltd.", "BASF (China) Co., Ltd."), "zhang.wei",
			List.of("中国移动通信集团有限公司"));

	private final AccountRepository accounts;

	private final UserDirectory users;

	DemoAccounts(AccountRepository accounts, UserDirectory users) {
		this.accounts = accounts;
		this.users = users;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (accounts.count() > 0) {
			return;
		}
		ACCOUNTS_BY_OWNER.forEach((username, names) -> users.findByUsername(username)
			.ifPresent(owner -> names.forEach(name -> accounts.save(new Account(name, owner.id())))));
	}

}
