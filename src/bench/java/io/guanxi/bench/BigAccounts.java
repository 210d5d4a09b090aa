package io.guanxi.bench;

import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.guanxi.relationship.BuyingRole;
import io.guanxi.relationship.ChangeKind;

/**
 * The few accounts with a large org chart: {@link Scale#bigAccountPeople()} people each (the account's three
 * contacts and extra ones), under a chief executive, with divisions, departments and teams nested four deep, and
 * a reporting tree about seven levels deep. Managers joined within a year of their own manager; the others at
 * any time since, so the chart grows over fifteen years. A quarter were promoted (some twice), some transferred
 * from another department, one in ten of those without reports left, and some managers hold a second position in
 * the project office (兼任). Managers never leave, so no one reports to a person who is gone.
 * <p>
 * The plan is made before the contacts are written, so that the extra contacts carry their current title.
 */
final class BigAccounts {

	/** The past day the benchmark draws a big account's org chart for. */
	static final LocalDate PAST = LocalDate.of(2025, 9, 30);

	private static final String[] LEVELS_ZH = { "总裁", "副总裁", "总监", "经理", "主管", "高级工程师", "工程师", "专员", "助理",
			"实习生" };

	private static final String[] LEVELS_EN = { "CEO", "Vice President", "Director", "Manager", "Supervisor",
			"Senior Engineer", "Engineer", "Specialist", "Assistant", "Intern" };

	private static final String[] DIVISIONS_ZH = { "研发中心", "华东事业部", "华南事业部", "华北事业部", "供应链管理部", "财务中心", "人力资源中心",
			"市场营销中心", "信息技术部", "生产制造中心" };

	private static final String[] DIVISIONS_EN = { "R&D Center", "East China Division", "South China Division",
			"North China Division", "Supply Chain", "Finance Center", "Human Resources Center", "Marketing Center",
			"Information Technology", "Manufacturing" };

	private static final BuyingRole[] MANAGER_ROLES = { BuyingRole.INFLUENCER, BuyingRole.TECHNICAL_EVALUATOR,
			BuyingRole.CHAMPION, BuyingRole.BLOCKER, BuyingRole.GATEKEEPER, BuyingRole.DECISION_MAKER };

	/** One big account's people, by index: 0 is the chief executive, managers come before their reports. */
	private record Plan(int account, boolean chinese, int[] people, int[] manager, int[] level, LocalDate[] start,
			boolean[] managesOthers, int[] titles) {
	}

	private final Random random = new Random(20261206);

	private final Population population;

	private final List<Plan> plans = new ArrayList<>();

	BigAccounts(Population population, int people) {
		this.population = population;
		int[] accounts = population.bigAccounts();
		for (int k = 0; k < accounts.length; k++) {
			plans.add(plan(k, accounts[k], people));
		}
	}

	/** The current title of the {@code index}-th person of the {@code k}-th big account. */
	String title(int k, int index) {
		Plan plan = plans.get(k);
		return (plan.chinese() ? LEVELS_ZH : LEVELS_EN)[plan.titles()[index]];
	}

	/** The depth of the deepest reporting line (the chief executive is level 0). */
	int deepestLevel() {
		int deepest = 0;
		for (Plan plan : plans) {
			for (int level : plan.level()) {
				deepest = Math.max(deepest, level);
			}
		}
		return deepest;
	}

	private Plan plan(int k, int account, int size) {
		int[] people = new int[size];
		int[] manager = new int[size];
		int[] level = new int[size];
		for (int i = 0; i < size; i++) {
			people[i] = i < DataGenerator.CONTACTS_PER_ACCOUNT ? Population.firstContact(account) + i
					: population.firstExtraContact(k) + i - DataGenerator.CONTACTS_PER_ACCOUNT;
		}
		manager[0] = -1;
		int next = 1;
		for (int m = 0; next < size; m++) {
			int span = level[m] == 0 ? 6 : level[m] == 1 ? 3 + random.nextInt(3) : 2 + random.nextInt(3);
			for (int s = 0; s < span && next < size; s++, next++) {
				manager[next] = m;
				level[next] = level[m] + 1;
			}
		}
		boolean[] managesOthers = new boolean[size];
		for (int i = 1; i < size; i++) {
			managesOthers[manager[i]] = true;
		}
		LocalDate[] start = new LocalDate[size];
		start[0] = Population.TODAY.minusYears(15).plusDays(random.nextInt(365));
		int[] titles = new int[size];
		for (int i = 1; i < size; i++) {
			LocalDate managerFrom = start[manager[i]];
			start[i] = managesOthers[i] ? managerFrom.plusDays(random.nextInt(400))
					: Dates.between(random, managerFrom, Population.TODAY.minusDays(30));
			titles[i] = managesOthers[i] ? Math.min(level[i], 4) : 5 + random.nextInt(3);
		}
		return new Plan(account, population.chinese(account), people, manager, level, start, managesOthers, titles);
	}

	void write(OrgWriter writer, Departures departures) throws SQLException, IOException {
		for (Plan plan : plans) {
			new Chart(plan, writer, departures).write();
		}
	}

	/** Writes one big account: its departments, then everyone's career. */
	private final class Chart {

		private final Plan plan;

		private final OrgWriter writer;

		private final Departures departures;

		private final long[] heads;

		private final long[] departmentOf;

		private final List<Integer> headIndexes = new ArrayList<>();

		private long projectOffice;

		Chart(Plan plan, OrgWriter writer, Departures departures) {
			this.plan = plan;
			this.writer = writer;
			this.departures = departures;
			this.heads = new long[plan.people().length];
			this.departmentOf = new long[plan.people().length];
		}

		void write() throws SQLException, IOException {
			departments();
			BuyingRole[] roles = roles();
			for (int i = 0; i < plan.people().length; i++) {
				career(i, roles[i]);
				if (plan.managesOthers()[i] && plan.level()[i] >= 2 && random.nextInt(100) < 5) {
					secondPosition(i);
				}
			}
		}

		/**
		 * The executive office; a division for each vice president, a department for each director, a team for
		 * each manager with reports; a project office for second positions. Others work in their manager's unit.
		 */
		private void departments() throws SQLException, IOException {
			boolean zh = plan.chinese();
			int account = plan.account();
			heads[0] = writer.department(account, null, zh ? "总裁办公室" : "Executive Office", plan.start()[0]);
			projectOffice = writer.department(account, heads[0], zh ? "项目管理办公室" : "Project Management Office",
					plan.start()[0]);
			departmentOf[0] = heads[0];
			headIndexes.add(0);
			int divisions = 0;
			int units = 0;
			for (int i = 1; i < plan.people().length; i++) {
				int level = plan.level()[i];
				long parentUnit = departmentOf[plan.manager()[i]];
				if (plan.managesOthers()[i] && level <= 3) {
					String name = level == 1 ? division(zh, divisions++)
							: level == 2 ? OrgCharts.function(zh, random.nextInt(8))
									: zh ? "第" + (++units) + "组" : "Team " + (++units);
					heads[i] = writer.department(account, parentUnit, name, plan.start()[i]);
					departmentOf[i] = heads[i];
					headIndexes.add(i);
				}
				else {
					departmentOf[i] = parentUnit;
				}
			}
		}

		private String division(boolean zh, int index) {
			String[] names = zh ? DIVISIONS_ZH : DIVISIONS_EN;
			return names[index % names.length] + (index < names.length ? "" : " " + (index / names.length + 1));
		}

		private BuyingRole[] roles() {
			BuyingRole[] roles = new BuyingRole[plan.people().length];
			roles[0] = BuyingRole.DECISION_MAKER;
			roles[1] = BuyingRole.ECONOMIC_BUYER;
			for (int i = 2; i < roles.length; i++) {
				if (plan.managesOthers()[i] && plan.level()[i] <= 3 && random.nextInt(100) < 12) {
					roles[i] = MANAGER_ROLES[random.nextInt(MANAGER_ROLES.length)];
				}
				else if (!plan.managesOthers()[i] && random.nextInt(100) < 3) {
					roles[i] = random.nextBoolean() ? BuyingRole.USER : BuyingRole.TECHNICAL_EVALUATOR;
				}
			}
			return roles;
		}

		private void career(int i, BuyingRole role) throws SQLException, IOException {
			int contact = plan.people()[i];
			LocalDate from = plan.start()[i];
			String title = title(plan.titles()[i]);
			Integer manager = i == 0 ? null : plan.people()[plan.manager()[i]];
			long department = departmentOf[i];
			List<OrgWriter.Step> steps = new ArrayList<>();
			int roll = i == 0 ? 100 : random.nextInt(100);
			Integer earlier = plan.managesOthers()[i] ? null : earlierHead(i);
			if (roll < 5) {
				LocalDate promoted = Dates.between(random, from.plusDays(1), Population.TODAY.minusDays(3));
				steps.add(new OrgWriter.Step(ChangeKind.JOINED, from, department, title(plan.titles()[i] + 2), manager,
						role));
				steps.add(new OrgWriter.Step(ChangeKind.PROMOTED, promoted, department, title(plan.titles()[i] + 1),
						manager, role));
				steps.add(new OrgWriter.Step(ChangeKind.PROMOTED, Dates.after(random, promoted), department, title,
						manager, role));
			}
			else if (roll < 25) {
				steps.add(new OrgWriter.Step(ChangeKind.JOINED, from, department, title(plan.titles()[i] + 1), manager,
						role));
				steps.add(new OrgWriter.Step(ChangeKind.PROMOTED, Dates.after(random, from), department, title,
						manager, role));
			}
			else if (roll < 33 && earlier != null) {
				steps.add(new OrgWriter.Step(ChangeKind.JOINED, from, heads[earlier], title, plan.people()[earlier],
						role));
				steps.add(new OrgWriter.Step(ChangeKind.TRANSFERRED, Dates.after(random, from), department, title,
						manager, role));
			}
			else {
				steps.add(new OrgWriter.Step(ChangeKind.JOINED, from, department, title, manager, role));
			}
			LocalDate last = steps.get(steps.size() - 1).from();
			OrgWriter.Departure left = null;
			if (!plan.managesOthers()[i] && random.nextInt(100) < 10 && last.isBefore(Population.TODAY.minusDays(2))) {
				left = departures.leave(contact, plan.account(), last, manager, title);
			}
			writer.career(contact, plan.account(), population.owner(plan.account()), steps, left);
		}

		/**
		 * The head of another unit who was there when person {@code i} joined: where a transferred person
		 * started.
		 */
		private Integer earlierHead(int i) {
			for (int attempt = 0; attempt < 8; attempt++) {
				int head = headIndexes.get(random.nextInt(headIndexes.size()));
				if (heads[head] != departmentOf[i] && !plan.start()[head].isAfter(plan.start()[i])) {
					return head;
				}
			}
			return null;
		}

		/** A manager also leads a project for the chief executive for a while, or still does. */
		private void secondPosition(int i) throws SQLException, IOException {
			LocalDate from = plan.start()[i];
			if (!from.isBefore(Population.TODAY.minusDays(4))) {
				return;
			}
			LocalDate starts = Dates.between(random, from.plusDays(1), Population.TODAY.minusDays(3));
			OrgWriter.Step step = new OrgWriter.Step(ChangeKind.JOINED, starts, projectOffice,
					plan.chinese() ? "项目经理" : "Project Lead", plan.people()[0], null);
			OrgWriter.Departure ended = random.nextInt(10) < 4
					? new OrgWriter.Departure(Dates.after(random, starts), null, null) : null;
			writer.career(plan.people()[i], plan.account(), population.owner(plan.account()), List.of(step), ended);
		}

		private String title(int index) {
			return (plan.chinese() ? LEVELS_ZH : LEVELS_EN)[Math.min(index, LEVELS_ZH.length - 1)];
		}

	}

}
