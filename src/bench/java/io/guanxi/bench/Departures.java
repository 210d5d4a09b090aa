package io.guanxi.bench;

import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import io.guanxi.relationship.ChangeKind;

/**
 * People leaving an account: four in ten go to another account in the CRM (where they join without a department
 * or a known manager), three in ten to a company known only by name, the rest to nobody knows where. Each
 * leaver stays in touch with a former colleague ({@link #formerColleagues()}, later written as a tie).
 */
final class Departures {

	private final Random random;

	private final Population population;

	private final OrgWriter writer;

	/** Leaver, former colleague, and the day they stopped working together (epoch day), in threes. */
	private int[] colleagues = new int[3 * 1024];

	private int size;

	Departures(Random random, Population population, OrgWriter writer) {
		this.random = random;
		this.population = population;
		this.writer = writer;
	}

	/**
	 * The person leaves the account on a day after {@code lastStart} and before today; answers where they went.
	 */
	OrgWriter.Departure leave(int contact, int account, LocalDate lastStart, int colleague, String title)
			throws SQLException, IOException {
		LocalDate on = Dates.after(random, lastStart);
		noteColleagues(contact, colleague, on);
		int roll = random.nextInt(10);
		if (roll < 4) {
			int next = otherAccount(account);
			LocalDate joins = Dates.min(on.plusDays(random.nextInt(90)), Population.TODAY.minusDays(1));
			writer.career(contact, next, population.owner(next),
					List.of(new OrgWriter.Step(ChangeKind.JOINED, joins, null, title, null, null)), null);
			return new OrgWriter.Departure(on, next, null);
		}
		if (roll < 7) {
			return new OrgWriter.Departure(on, null, Names.company(random, contact).name());
		}
		return new OrgWriter.Departure(on, null, null);
	}

	/** Leaver, former colleague, epoch day; the array holds {@link #formerColleagueCount()} threes. */
	int[] formerColleagues() {
		return Arrays.copyOf(colleagues, size);
	}

	int formerColleagueCount() {
		return size / 3;
	}

	private void noteColleagues(int leaver, int colleague, LocalDate day) {
		if (size + 3 > colleagues.length) {
			colleagues = Arrays.copyOf(colleagues, colleagues.length * 2);
		}
		colleagues[size++] = leaver;
		colleagues[size++] = colleague;
		colleagues[size++] = Math.toIntExact(day.toEpochDay());
	}

	/** Any account but this one and the big ones, whose charts keep their own structure. */
	private int otherAccount(int account) {
		while (true) {
			int other = population.randomAccount(random);
			if (other != account && !population.big(other)) {
				return other;
			}
		}
	}

}
