package io.guanxi.customer.contact;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.guanxi.customer.PhoneNumbers;
import io.guanxi.customer.PreferredChannel;
import io.guanxi.customer.internal.Account;
import io.guanxi.customer.internal.AccountRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two or three people at each demo account, owned by the account's owner, loaded once
 * into an empty table after the demo accounts. Phones use the 138 0013 8xxx example range
 * and e-mails the reserved {@code .example} domain.
 */
@Component
@Profile("demo")
@Order(40)
class DemoContacts implements ApplicationRunner {

	private static final Map<String, List<Person>> PEOPLE_BY_ACCOUNT = Map.ofEntries(
			Map.entry("华为技术有限公司",
					List.of(new Person("刘", "建国", "Jianguo Liu", "采购总监", "138 0013 8101", "liu.jianguo@huawei.example",
							PreferredChannel.WECHAT, true),
							new Person("陈", "静", "Jing Chen", "信息中心主任", "138 0013 8102", "chen.jing@huawei.example",
									PreferredChannel.PHONE, false),
							new Person("赵", "磊", "Lei Zhao", "IT 经理", "138 0013 8103", "zhao.lei@huawei.example",
									PreferredChannel.EMAIL, false))),
			Map.entry("阿里巴巴集团控股有限公司",
					List.of(new Person("孙", "丽", "Lily Sun", "采购经理", "138 0013 8111", "sun.li@alibaba.example",
							PreferredChannel.WECHAT, true),
							new Person("周", "志强", "Zhiqiang Zhou", "首席信息官", "138 0013 8112",
									"zhou.zhiqiang@alibaba.example", PreferredChannel.VISIT, false))),
			Map.entry("上海汽车集团股份有限公司",
					List.of(new Person("吴", "海燕", "Haiyan Wu", "采购总监", "138 0013 8121", "wu.haiyan@saic.example",
							PreferredChannel.PHONE, true),
							new Person("郑", "伟", "Wei Zheng", "信息中心主任", "138 0013 8122", "zheng.wei@saic.example",
									PreferredChannel.EMAIL, false))),
			Map.entry("杭州海康威视数字技术股份有限公司",
					List.of(new Person("王", "磊", "Lei Wang", "采购部经理", "138 0013 8131", "wang.lei@hikvision.example",
							PreferredChannel.WECHAT, true),
							new Person("冯", "晓梅", "Xiaomei Feng", "财务总监", "138 0013 8132",
									"feng.xiaomei@hikvision.example", PreferredChannel.PHONE, false))),
			Map.entry("腾讯科技（深圳）有限公司",
					List.of(new Person("马", "丽华", "Lihua Ma", "行政采购负责人", "138 0013 8141", "ma.lihua@tencent.example",
							PreferredChannel.WECHAT, true),
							new Person("黄", "俊", "Jun Huang", "信息中心主任", "138 0013 8142", "huang.jun@tencent.example",
									PreferredChannel.WECHAT, false),
							new Person("林", "思远", "Siyuan Lin", "运维总监", "138 0013 8143", "lin.siyuan@tencent.example",
									PreferredChannel.EMAIL, false))),
			Map.entry("比亚迪股份有限公司",
					List.of(new Person("何", "春生", "Chunsheng He", "采购总监", "138 0013 8151", "he.chunsheng@byd.example",
							PreferredChannel.VISIT, true),
							new Person("罗", "敏", "Min Luo", "IT 主管", "138 0013 8152", "luo.min@byd.example",
									PreferredChannel.PHONE, false))),
			Map.entry("中国平安保险（集团）股份有限公司",
					List.of(new Person("高", "翔", "Xiang Gao", "科技部总经理", "138 0013 8161", "gao.xiang@pingan.example",
							PreferredChannel.EMAIL, true),
							new Person("梁", "雪", "Xue Liang", "采购专员", "138 0013 8162", "liang.xue@pingan.example",
									PreferredChannel.WECHAT, false))),
			Map.entry("中国移动通信集团有限公司",
					List.of(new Person("宋", "国庆", "Guoqing Song", "采购总监", "138 0013 8171",
							"song.guoqing@chinamobile.example", PreferredChannel.VISIT, true),
							new Person("唐", "莉", "Li Tang", "信息中心主任", "138 0013 8172", "tang.li@chinamobile.example",
									PreferredChannel.PHONE, false),
							new Person("韩", "冰", "Bing Han", "网络部经理", "138 0013 8173", "han.bing@chinamobile.example",
									PreferredChannel.WECHAT, false))),
			Map.entry("Siemens Ltd., China",
					List.of(new Person("Weber", "Thomas", null, "Head of Procurement", "138 0013 8181",
							"thomas.weber@siemens.example", PreferredChannel.EMAIL, true),
							new Person("Chen", "Emily", "陈爱米", "IT Director", "138 0013 8182",
									"emily.chen@siemens.example", PreferredChannel.PHONE, false))),
			Map.entry("Unilever (China) Co., Ltd.",
					List.of(new Person("Smith", "Olivia", null, "Sourcing Manager", "138 0013 8191",
							"olivia.smith@unilever.example", PreferredChannel.EMAIL, true),
							new Person("Brown", "James", null, "Finance Director", "138 0013 8192",
									"james.brown@unilever.example", PreferredChannel.VISIT, false))),
			Map.entry("BASF (China) Co., Ltd.",
					List.of(new Person("Müller", "Anna", "穆安娜", "Procurement Director", "138 0013 8201",
							"anna.mueller@basf.example", PreferredChannel.EMAIL, true),
							new Person("Schneider", "Lukas", null, "Head of IT", "138 0013 8202",
									"lukas.schneider@basf.example", PreferredChannel.PHONE, false),
							new Person("Wang", "David", "王大卫", "Plant Manager, Nanjing", "138 0013 8203",
									"david.wang@basf.example", PreferredChannel.WECHAT, false))));

	private static final Map<String, String> CITIES = Map.ofEntries(Map.entry("华为技术有限公司", "深圳"),
			Map.entry("阿里巴巴集团控股有限公司", "杭州"), Map.entry("上海汽车集团股份有限公司", "上海"), Map.entry("杭州海康威视数字技术股份有限公司", "杭州"),
			Map.entry("腾讯科技（深圳）有限公司", "深圳"), Map.entry("比亚迪股份有限公司", "深圳"), Map.entry("中国平安保险（集团）股份有限公司", "深圳"),
			Map.entry("中国移动通信集团有限公司", "北京"), Map.entry("Siemens Ltd., China", "Beijing"),
			Map.entry("Unilever (China) Co., Ltd.", "Shanghai"), Map.entry("BASF (China) Co., Ltd.", "Shanghai"));

	private final ContactRepository contacts;

	private final ContactLinks links;

	private final AccountRepository accounts;

	private final PhoneNumbers phones;

	DemoContacts(ContactRepository contacts, ContactLinks links, AccountRepository accounts, PhoneNumbers phones) {
		this.contacts = contacts;
		this.links = links;
		this.accounts = accounts;
		this.phones = phones;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (contacts.count() > 0) {
			return;
		}
		for (Account account : accounts.findAll()) {
			List<Person> people = PEOPLE_BY_ACCOUNT.getOrDefault(account.name(), List.of());
			for (int i = 0; i < people.size(); i++) {
				Person person = people.get(i);
				Contact contact = contacts
					.save(person.toContact(account.ownerId(), CITIES.get(account.name()), phones, i));
				contacts.flush();
				links.link(contact.id(), account.id(), person.jobTitle(), person.primary());
			}
		}
	}

	private record Person(String familyName, String givenName, @Nullable String alternateName, String jobTitle,
			String mobile, String email, PreferredChannel channel, boolean primary) {

		Contact toContact(long ownerId, @Nullable String city, PhoneNumbers phones, int index) {
			boolean chinese = PersonNames.isEastAsian(familyName);
			Contact contact = new Contact(familyName, givenName, ownerId);
			contact.rename(familyName, givenName, alternateName);
			contact.reachAt(mobile, phones.e164(mobile).orElse(null), null, null, email,
					channel == PreferredChannel.WECHAT ? "wxid_" + email.substring(0, email.indexOf('@')) : null);
			contact.describe(jobTitle, LocalDate.of(1970 + index * 7 + familyName.length(), 1 + index * 4, 12), city,
					null);
			contact.prefer(chinese ? "zh-CN" : "en", channel, false);
			return contact;
		}

	}

}
