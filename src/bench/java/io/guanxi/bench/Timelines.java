package io.guanxi.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The same number of logged interactions on every account (calls, meetings, visits, e-mails, messages, web
 * visits, notes), in Chinese for Chinese companies, by the account's owner, each with one or two of the
 * account's contacts. An account's interactions fall between its creation and {@link DataGenerator#NOW}, later
 * ones likelier (together with the accounts' creation spread evenly over five years, the number per month
 * grows linearly towards now).
 * <p>
 * The rows are written in rounds: round r holds the r-th oldest interaction of every account. So an account's
 * entries lie far apart in the table, as when they are logged day after day across all accounts, and a
 * timeline page reads as many table pages as it would in production (written account by account, it would
 * read one).
 */
final class Timelines {

	/** What an interaction was about; the minutes vary around {@code minutes}. */
	private record Template(String channel, String direction, String subject, String body, String outcome,
			Integer minutes) {
	}

	private static final List<Template> CHINESE = List.of(
			new Template("CALL", "OUTBOUND", "电话沟通需求", "了解明年的信息化预算和采购计划。", "对方愿意安排技术交流", 20),
			new Template("VISIT", "OUTBOUND", "拜访信息中心主任", "介绍公司和产品路线图，参观了对方数据中心。", "约定下月做方案演示", 90),
			new Template("EMAIL", "OUTBOUND", "发送方案", "按交流会纪要修改后的解决方案和报价单。", null, null),
			new Template("MEETING", "OUTBOUND", "方案演示会", "技术、采购和业务部门共八人参加。", "技术部门认可，采购要求降价 5%", 120),
			new Template("MESSAGE", "INBOUND", "微信咨询交付周期", "采购经理询问三季度能否到货。", "已答复：8 周内交付", null),
			new Template("CALL", "INBOUND", "客户来电反馈试用问题", "试用环境登录偶尔超时。", "已转交技术支持处理", 15),
			new Template("WEB", "INBOUND", "官网下载白皮书", "下载了《制造业数字化转型白皮书》。", null, null),
			new Template("NOTE", "INTERNAL", "客户关系备注", "采购总监与我司华东区总经理是大学同学。", null, null),
			new Template("MEETING", "OUTBOUND", "商务谈判", "讨论付款条件和维保年限。", "同意三年维保，付款方式待定", 60),
			new Template("VISIT", "OUTBOUND", "年度回访", "回顾合作情况，收集满意度意见。", "整体满意，希望加强培训", 60),
			new Template("EMAIL", "INBOUND", "客户询价", "来函询问扩容五十个用户的价格。", "已报价", null),
			new Template("CALL", "OUTBOUND", "续约提醒", "合同下季度到期，确认续约意向。", "客户同意续约，需走内部审批", 10));

	private static final List<Template> ENGLISH = List.of(
			new Template("CALL", "OUTBOUND", "Discovery call", "Budget and timeline for next year's rollout.",
					"Agreed to a technical workshop", 30),
			new Template("MEETING", "OUTBOUND", "Technical workshop", "Architecture review with the IT team in Shanghai.",
					"Needs SSO with their Azure AD", 120),
			new Template("EMAIL", "OUTBOUND", "Proposal sent", "Proposal and price list after the workshop.", null, null),
			new Template("VISIT", "OUTBOUND", "Site visit at the plant", "Met the plant manager and the maintenance lead.",
					"Pilot on one production line", 180),
			new Template("MESSAGE", "INBOUND", "Question about delivery dates", "Procurement asked about Q3 delivery.",
					"Confirmed 8 weeks", null),
			new Template("WEB", "INBOUND", "Webinar registration", "Registered for the quarterly product webinar.", null,
					null),
			new Template("NOTE", "INTERNAL", "Account note", "Global HQ decides above EUR 500k; local team below.", null,
					null),
			new Template("CALL", "INBOUND", "Support escalation", "Complaint about slow response times.",
					"Escalated to service manager", 25),
			new Template("MEETING", "OUTBOUND", "Quarterly business review", "Usage, open issues and renewal.",
					"Renewal likely, wants a discount", 60),
			new Template("EMAIL", "INBOUND", "Request for quotation", "Asked for a price for 50 more users.",
					"Quotation sent", null));

	private final Random random = new Random(20261204);

	private final int perAccount;

	private final int contactsPerAccount;

	private final int[] owners;

	private final int[] firstContacts;

	private final boolean[] chinese;

	/** Seconds before NOW, each account's oldest first. */
	private final int[] ages;

	Timelines(int accounts, int perAccount, int contactsPerAccount) {
		this.perAccount = perAccount;
		this.contactsPerAccount = contactsPerAccount;
		this.owners = new int[accounts + 1];
		this.firstContacts = new int[accounts + 1];
		this.chinese = new boolean[accounts + 1];
		this.ages = new int[accounts * perAccount];
	}

	/** Notes an account as it is generated (ids from 1, in order; its contacts numbered consecutively). */
	void account(int id, long owner, String name, long firstContact, Instant created) {
		owners[id] = Math.toIntExact(owner);
		firstContacts[id] = Math.toIntExact(firstContact);
		chinese[id] = Character.UnicodeScript.of(name.codePointAt(0)) == Character.UnicodeScript.HAN;
		long span = DataGenerator.NOW.getEpochSecond() - created.getEpochSecond();
		int from = (id - 1) * perAccount;
		for (int i = 0; i < perAccount; i++) {
			// the square root makes later times likelier: the density grows linearly towards now
			ages[from + i] = (int) (span * Math.sqrt(random.nextDouble()));
		}
		Arrays.sort(ages, from, from + perAccount);
		reverse(ages, from, from + perAccount);
	}

	/** Writes the interactions and their participants; answers how many interactions. */
	long write(Connection connection, boolean postgres) throws SQLException, IOException {
		int accounts = owners.length - 1;
		long id = 0;
		try (TableWriter interactions = new TableWriter(connection, postgres, "customer_interaction", "id",
				"account_id", "channel", "direction", "subject", "body", "outcome", "occurred_at", "duration_minutes",
				"source", "author_id", "version", "created_at", "updated_at");
				TableWriter participants = new TableWriter(connection, postgres, "customer_interaction_contact",
						"interaction_id", "contact_id")) {
			for (int round = 0; round < perAccount; round++) {
				for (int account = 1; account <= accounts; account++) {
					id++;
					List<Template> templates = chinese[account] ? CHINESE : ENGLISH;
					// a history starts with discovery and moves on, with some variety
					Template template = templates.get(round < 3 ? round : random.nextInt(templates.size()));
					Instant at = DataGenerator.NOW.minusSeconds(ages[(account - 1) * perAccount + round]);
					interactions.add(id, (long) account, template.channel(), template.direction(), template.subject(),
							template.body(), random.nextInt(5) == 0 ? null : template.outcome(), at,
							minutes(template.minutes()), "customer", (long) owners[account], 0, at, at);
					int first = random.nextInt(contactsPerAccount);
					participants.add(id, (long) firstContacts[account] + first);
					if (contactsPerAccount > 1 && random.nextInt(10) < 3) {
						int second = (first + 1 + random.nextInt(contactsPerAccount - 1)) % contactsPerAccount;
						participants.add(id, (long) firstContacts[account] + second);
					}
				}
			}
		}
		return id;
	}

	/** Between half and one and a half times the template's minutes, in steps of five. */
	private Integer minutes(Integer typical) {
		if (typical == null) {
			return null;
		}
		return Math.max(5, (int) Math.round(typical * (0.5 + random.nextDouble()) / 5) * 5);
	}

	private static void reverse(int[] values, int from, int to) {
		for (int i = from, j = to - 1; i < j; i++, j--) {
			int swap = values[i];
			values[i] = values[j];
			values[j] = swap;
		}
	}

}
