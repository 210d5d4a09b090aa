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
 * Every account's org structure over time. An ordinary account has an office of its head (the first contact)
 * and one or two departments under it, sometimes with a team below; the two other contacts report to the head.
 * Over the years some were promoted, transferred from the head's office, changed their buying role, or left
 * ({@link Departures}); the head stays, so nobody reports to someone who is gone. The big accounts are drawn by
 * {@link BigAccounts}.
 * <p>
 * The data keeps the application's rules (OrgRules): a manager holds a position at the account on the day a
 * report's position starts, reporting lines form trees, and a person's positions in one department follow one
 * another without overlapping.
 */
final class OrgCharts {

	private static final String[] FUNCTIONS_ZH = { "销售部", "采购部", "信息中心", "财务部", "生产部", "市场部", "人力资源部", "研发部" };

	private static final String[] FUNCTIONS_EN = { "Sales", "Purchasing", "IT", "Finance", "Production", "Marketing",
			"Human Resources", "R&D" };

	private static final BuyingRole[] ROLES = BuyingRole.values();

	private final Random random = new Random(20261205);

	private final Population population;

	private final OrgWriter writer;

	private final Departures departures;

	OrgCharts(Population population, OrgWriter writer) {
		this.population = population;
		this.writer = writer;
		this.departures = new Departures(random, population, writer);
	}

	Departures departures() {
		return departures;
	}

	/** Writes the org charts of all accounts, the big ones from their plan. */
	void write(BigAccounts bigAccounts) throws SQLException, IOException {
		for (int account = 1; account <= population.accounts; account++) {
			if (!population.big(account)) {
				ordinary(account);
			}
		}
		bigAccounts.write(writer, departures);
	}

	static String function(boolean chinese, int index) {
		return (chinese ? FUNCTIONS_ZH : FUNCTIONS_EN)[index % FUNCTIONS_ZH.length];
	}

	/** The title before a promotion to {@code title}. */
	static String junior(String title) {
		boolean chinese = Character.UnicodeScript.of(title.codePointAt(0)) == Character.UnicodeScript.HAN;
		return chinese ? "副" + title : "Deputy " + title;
	}

	private void ordinary(int account) throws SQLException, IOException {
		boolean zh = population.chinese(account);
		long owner = population.owner(account);
		int head = Population.firstContact(account);
		LocalDate headFrom = Population.TODAY.minusDays(365 + random.nextInt(11 * 365));
		long office = writer.department(account, null, zh ? "总经理办公室" : "Executive Office", headFrom);
		int first = random.nextInt(FUNCTIONS_ZH.length);
		long department = writer.department(account, office, function(zh, first), headFrom);
		long second = random.nextInt(10) < 4
				? writer.department(account, office, function(zh, first + 1 + random.nextInt(7)), headFrom) : 0;
		long team = random.nextInt(100) < 15
				? writer.department(account, department, zh ? function(true, first).replace("部", "") + "一组"
						: function(false, first) + " Team A", headFrom)
				: 0;
		writer.career(head, account, owner, headCareer(head, office, headFrom), null);
		report(head + 1, account, head, office, department, headFrom);
		report(head + 2, account, head, office, second != 0 ? second : team != 0 ? team : department, headFrom);
	}

	private List<OrgWriter.Step> headCareer(int head, long office, LocalDate from) {
		String title = DataGenerator.JOB_TITLES[population.contactTitle(head)];
		int roll = random.nextInt(10);
		BuyingRole role = roll < 5 ? BuyingRole.DECISION_MAKER : roll < 7 ? BuyingRole.ECONOMIC_BUYER : null;
		if (random.nextInt(100) < 15) {
			LocalDate promoted = Dates.after(random, from);
			return List.of(new OrgWriter.Step(ChangeKind.JOINED, from, office, junior(title), null, role),
					new OrgWriter.Step(ChangeKind.PROMOTED, promoted, office, title, null, role));
		}
		return List.of(new OrgWriter.Step(ChangeKind.JOINED, from, office, title, null, role));
	}

	/** A report of the head: joined after the head, in {@code department}, and maybe moved on since. */
	private void report(int contact, int account, int head, long office, long department, LocalDate headFrom)
			throws SQLException, IOException {
		long span = Population.TODAY.toEpochDay() - headFrom.toEpochDay();
		LocalDate from = headFrom.plusDays(random.nextLong(span * 4 / 5));
		String title = DataGenerator.JOB_TITLES[population.contactTitle(contact)];
		BuyingRole role = random.nextInt(100) < 35 ? ROLES[random.nextInt(ROLES.length)] : null;
		List<OrgWriter.Step> steps = new ArrayList<>();
		int roll = random.nextInt(100);
		if (roll < 20) {
			steps.add(new OrgWriter.Step(ChangeKind.JOINED, from, department, junior(title), head, role));
			steps.add(new OrgWriter.Step(ChangeKind.PROMOTED, Dates.after(random, from), department, title, head, role));
		}
		else if (roll < 28) {
			steps.add(new OrgWriter.Step(ChangeKind.JOINED, from, office, title, head, role));
			steps.add(new OrgWriter.Step(ChangeKind.TRANSFERRED, Dates.after(random, from), department, title, head,
					role));
		}
		else if (roll < 32) {
			BuyingRole later = ROLES[random.nextInt(ROLES.length)];
			steps.add(new OrgWriter.Step(ChangeKind.JOINED, from, department, title, head, role));
			steps.add(new OrgWriter.Step(ChangeKind.ROLE_CHANGED, Dates.after(random, from), department, title, head,
					later == role ? null : later));
		}
		else {
			steps.add(new OrgWriter.Step(ChangeKind.JOINED, from, department, title, head, role));
		}
		OrgWriter.Departure left = null;
		if (random.nextInt(100) < 12 && steps.get(steps.size() - 1).from().isBefore(Population.TODAY.minusDays(2))) {
			left = departures.leave(contact, account, steps.get(steps.size() - 1).from(), head, title);
		}
		writer.career(contact, account, population.owner(account), steps, left);
	}

}
