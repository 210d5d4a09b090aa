package io.guanxi.customer.timeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import io.guanxi.customer.TimelineEntry.Channel;
import io.guanxi.customer.TimelineEntry.Direction;
import io.guanxi.customer.internal.Account;
import io.guanxi.customer.internal.AccountRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.data.domain.Sort;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two years of history on every demo account (5 to 15 interactions each), in Chinese for
 * Chinese companies; loaded once into an empty timeline. Seeded, so every start makes the
 * same history.
 */
@Component
@Profile("demo")
@Order(50)
class DemoInteractions implements ApplicationRunner {

	private static final List<Template> CHINESE = List.of(
			new Template(Channel.CALL, Direction.OUTBOUND, "电话沟通需求", "了解明年的信息化预算和采购计划。", "对方愿意安排技术交流", 20),
			new Template(Channel.VISIT, Direction.OUTBOUND, "拜访信息中心主任", "介绍公司和产品路线图，参观了对方数据中心。", "约定下月做方案演示", 90),
			new Template(Channel.EMAIL, Direction.OUTBOUND, "发送方案", "按交流会纪要修改后的解决方案和报价单。", null, null),
			new Template(Channel.MEETING, Direction.OUTBOUND, "方案演示会", "技术、采购和业务部门共八人参加。", "技术部门认可，采购要求降价 5%", 120),
			new Template(Channel.MESSAGE, Direction.INBOUND, "微信咨询交付周期", "采购经理询问三季度能否到货。", "已答复：8 周内交付", null),
			new Template(Channel.CALL, Direction.INBOUND, "客户来电反馈试用问题", "试用环境登录偶尔超时。", "已转交技术支持处理", 15),
			new Template(Channel.WEB, Direction.INBOUND, "官网下载白皮书", "下载了《制造业数字化转型白皮书》。", null, null),
			new Template(Channel.NOTE, Direction.INTERNAL, "客户关系备注", "采购总监与我司华东区总经理是大学同学。", null, null),
			new Template(Channel.MEETING, Direction.OUTBOUND, "商务谈判", "讨论付款条件和维保年限。", "同意三年维保，付款方式待定", 60),
			new Template(Channel.VISIT, Direction.OUTBOUND, "年度回访", "回顾合作情况，收集满意度意见。", "整体满意，希望加强培训", 60));

	private static final List<Template> ENGLISH = List.of(
			new Template(Channel.CALL, Direction.OUTBOUND, "Discovery call",
					"Budget and timeline for next year's rollout.", "Agreed to a technical workshop", 30),
			new Template(Channel.MEETING, Direction.OUTBOUND, "Technical workshop",
					"Architecture review with the IT team in Shanghai.", "Needs SSO with their Azure AD", 120),
			new Template(Channel.EMAIL, Direction.OUTBOUND, "Proposal sent",
					"Proposal and price list after the workshop.", null, null),
			new Template(Channel.VISIT, Direction.OUTBOUND, "Site visit at the plant",
					"Met the plant manager and the maintenance lead.", "Pilot on one production line", 180),
			new Template(Channel.MESSAGE, Direction.INBOUND, "Question about delivery dates",
					"Procurement asked about Q3 delivery.", "Confirmed 8 weeks", null),
			new Template(Channel.WEB, Direction.INBOUND, "Webinar registration",
					"Registered for the quarterly product webinar.", null, null),
			new Template(Channel.NOTE, Direction.INTERNAL, "Account note",
					"Global HQ decides above EUR 500k; local team below.", null, null),
			new Template(Channel.CALL, Direction.INBOUND, "Support escalation", "Complaint about slow response times.",
					"Escalated to service manager", 25),
			new Template(Channel.MEETING, Direction.OUTBOUND, "Quarterly business review",
					"Usage, open issues and renewal.", "Renewal likely, wants a discount", 60));

	private final InteractionRepository interactions;

	private final AccountRepository accounts;

	private final TimelineContacts contacts;

	private final Clock clock;

	DemoInteractions(InteractionRepository interactions, AccountRepository accounts, TimelineContacts contacts,
			Clock clock) {
		this.interactions = interactions;
		this.accounts = accounts;
		this.contacts = contacts;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (interactions.count() > 0) {
			return;
		}
		Random random = new Random(20261123);
		Instant now = clock.instant();
		List<Account> all = accounts.findAll(Sort.by("id"));
		for (Account account : all) {
			List<Template> templates = isChinese(account.name()) ? CHINESE : ENGLISH;
			List<Long> people = contacts.atAccount(account.id()).stream().map(TimelineContacts.Choice::id).toList();
			int count = 5 + random.nextInt(11);
			List<Instant> times = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				times.add(now.minus(Duration.ofMinutes(random.nextInt(2 * 365 * 24 * 60))));
			}
			times.sort(Comparator.naturalOrder());
			for (int i = 0; i < count; i++) {
				// a history that starts with discovery and moves on, with some variety
				Template template = templates
					.get(Math.min(templates.size() - 1, i < 3 ? i : random.nextInt(templates.size())));
				Interaction interaction = Interaction.logged(account.ownerId());
				List<Long> participants = people.isEmpty() || template.channel() == Channel.NOTE ? List.of()
						: List.of(people.get(random.nextInt(people.size())));
				interaction.describe(account.id(), template.channel(), template.direction(), template.subject(),
						template.body(), template.outcome(), times.get(i), template.minutes(), participants, List.of());
				interactions.save(interaction);
			}
		}
	}

	private static boolean isChinese(String name) {
		return name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	private record Template(Channel channel, Direction direction, String subject, String body, @Nullable String outcome,
			@Nullable Integer minutes) {
	}

}
