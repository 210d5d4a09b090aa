package io.guanxi.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import io.guanxi.relationship.PersonTieKind;

/**
 * Ties between people. On average 1.1 ties per contact (classmates, friends, former colleagues, family, mentors,
 * referrals; strength 1–5), half of them between contacts of one team's accounts (a team works one region and
 * trade, where people know each other), the rest across everything; every person who left an account stays in
 * touch with a former colleague; a few hubs (an association's chair, a head-hunter) know thousands, mostly
 * weakly, three of them among the benchmark team's contacts.
 * <p>
 * For the warm-path benchmark, targets whom nobody in the benchmark team knows: people of the team's big
 * accounts (they are on no timeline, so no interaction makes their account's owner know them) without a
 * recorded tie to a user. Each gets three chains, one of two people and two of three, from a contact the team
 * knows, through people of that kind (so no one on the way is known either), all readable by the team's
 * manager. The tie into the target carries {@link #WARM_PATH_TARGET} as its note, so that the benchmark finds
 * the targets.
 */
final class Acquaintances {

	static final String WARM_PATH_TARGET = "bench: warm-path target";

	private static final PersonTieKind[] KINDS = { PersonTieKind.CLASSMATE, PersonTieKind.CLASSMATE,
			PersonTieKind.CLASSMATE, PersonTieKind.FRIEND, PersonTieKind.FRIEND, PersonTieKind.FRIEND,
			PersonTieKind.FORMER_COLLEAGUE, PersonTieKind.FORMER_COLLEAGUE, PersonTieKind.FAMILY, PersonTieKind.MENTOR,
			PersonTieKind.REFERRED_BY };

	private static final PersonTieKind[] HUB_KINDS = { PersonTieKind.FRIEND, PersonTieKind.FORMER_COLLEAGUE,
			PersonTieKind.CLASSMATE, PersonTieKind.REFERRED_BY };

	private static final int[] STRENGTHS = { 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 5 };

	private static final int BENCH_TEAM_HUBS = 3;

	private final Random random = new Random(20261209);

	private final Population population;

	private TableWriter ties;

	private long id;

	Acquaintances(Population population) {
		this.population = population;
	}

	/** Writes the ties; answers how many. */
	long write(Connection connection, boolean postgres, Scale scale, int[] formerColleagues, KnownContacts known,
			int warmPathTargets) throws SQLException, IOException {
		try (TableWriter writer = new TableWriter(connection, postgres, "relationship_person_tie", "id",
				"from_contact_id", "to_contact_id", "kind", "strength", "valid_from", "valid_to", "note", "version",
				"created_at", "updated_at")) {
			this.ties = writer;
			long ordinary = (long) population.contacts() * 11 / 10;
			for (long i = 0; i < ordinary; i++) {
				ordinary();
			}
			for (int i = 0; i < formerColleagues.length; i += 3) {
				LocalDate parted = LocalDate.ofEpochDay(formerColleagues[i + 2]);
				tie(formerColleagues[i], formerColleagues[i + 1], PersonTieKind.FORMER_COLLEAGUE, 2 + random.nextInt(3),
						parted, null);
			}
			for (int h = 0; h < scale.hubs(); h++) {
				hub(h < BENCH_TEAM_HUBS ? population.randomTeamContact(DataGenerator.BENCH_TEAM, random)
						: population.randomContact(random), scale.tiesPerHub());
			}
			warmPaths(known, warmPathTargets);
			return writer.written();
		}
	}

	private void ordinary() throws SQLException, IOException {
		int from = population.randomContact(random);
		int to = random.nextBoolean() ? population.randomTeamContact(population.teamOfContact(from), random)
				: population.randomContact(random);
		if (from == to) {
			return;
		}
		PersonTieKind kind = KINDS[random.nextInt(KINDS.length)];
		LocalDate since = random.nextInt(10) < 4 ? Dates.withinYears(random, 20) : null;
		LocalDate until = since != null && kind == PersonTieKind.FRIEND && random.nextInt(20) == 0
				&& since.isBefore(Population.TODAY.minusDays(2)) ? Dates.after(random, since) : null;
		tie(from, to, kind, STRENGTHS[random.nextInt(STRENGTHS.length)], since, until);
	}

	private void hub(int hub, int count) throws SQLException, IOException {
		Set<Integer> others = new HashSet<>();
		while (others.size() < Math.min(count, population.contacts() - 1)) {
			int other = population.randomContact(random);
			if (other != hub && others.add(other)) {
				PersonTieKind kind = HUB_KINDS[random.nextInt(HUB_KINDS.length)];
				int strength = 1 + random.nextInt(3);
				if (random.nextBoolean()) {
					tie(hub, other, kind, strength, null, null);
				}
				else {
					tie(other, hub, kind, strength, null, null);
				}
			}
		}
	}

	private void warmPaths(KnownContacts known, int targets) throws SQLException, IOException {
		int[] knownContacts = known.knownByBenchTeam();
		int[] strangers = population.bigAccountPeopleOf(DataGenerator.BENCH_TEAM);
		if (knownContacts.length == 0 || strangers.length < 10 * targets) {
			return;
		}
		Set<Integer> chosen = new HashSet<>();
		while (chosen.size() < targets) {
			int target = strangers[random.nextInt(strangers.length)];
			if (!known.knownByBenchTeam(target) && chosen.add(target)) {
				for (int people : new int[] { 2, 3, 3 }) {
					chain(knownContacts[random.nextInt(knownContacts.length)], target, people, known, strangers);
				}
			}
		}
	}

	/** {@code people} people from a known contact to the target, each tied to the next. */
	private void chain(int first, int target, int people, KnownContacts known, int[] strangers)
			throws SQLException, IOException {
		int previous = first;
		for (int i = 1; i < people; i++) {
			int next;
			do {
				next = strangers[random.nextInt(strangers.length)];
			}
			while (next == target || next == previous || known.knownByBenchTeam(next));
			tie(previous, next, random.nextBoolean() ? PersonTieKind.FRIEND : PersonTieKind.FORMER_COLLEAGUE,
					3 + random.nextInt(3), null, null);
			previous = next;
		}
		id++;
		var created = OrgWriter.instant(Population.TODAY.minusYears(1));
		ties.add(id, (long) previous, (long) target, PersonTieKind.CLASSMATE.name(), 4, null, null, WARM_PATH_TARGET,
				0, created, created);
	}

	private void tie(int from, int to, PersonTieKind kind, int strength, LocalDate since, LocalDate until)
			throws SQLException, IOException {
		id++;
		var created = OrgWriter.instant(since != null ? since : Population.TODAY.minusDays(1 + id % 1500));
		ties.add(id, (long) from, (long) to, kind.name(), strength, since, until, null, 0, created, created);
	}

}
