package io.guanxi.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Our users' ties to contacts (who knows whom, strength 1–5): each rep knows about {@value #PER_REP} contacts,
 * seven in ten of their own at most, and one in eight more of their teammates' accounts; each manager knows
 * {@value #PER_MANAGER} of the team's contacts.
 */
final class KnownContacts {

	static final int PER_REP = 300;

	static final int PER_MANAGER = 100;

	/** Strengths 1 to 5, the middle ones likelier. */
	private static final int[] STRENGTHS = { 1, 2, 2, 3, 3, 3, 4, 4, 5 };

	private final Random random = new Random(20261208);

	private final Population population;

	private final boolean[] knownByTeam;

	private int[] teamKnown = new int[1024];

	private int teamKnownCount;

	private TableWriter ties;

	private long id;

	private int team;

	KnownContacts(Population population) {
		this.population = population;
		this.knownByTeam = new boolean[population.contacts() + 1];
	}

	/** Writes the ties; answers how many. */
	long write(Connection connection, boolean postgres) throws SQLException, IOException {
		try (TableWriter writer = new TableWriter(connection, postgres, "relationship_user_tie", "id", "user_id",
				"contact_id", "strength", "note", "version", "created_at", "updated_at")) {
			this.ties = writer;
			for (team = 1; team <= population.teams; team++) {
				for (long rep : population.repsOf(team)) {
					rep(rep);
				}
				manager(population.managerOf(team));
			}
			return writer.written();
		}
	}

	/** Whether someone of the benchmark's team ({@link DataGenerator#BENCH_TEAM}) knows the contact. */
	boolean knownByBenchTeam(int contact) {
		return knownByTeam[contact];
	}

	/** Contacts someone of the benchmark's team knows. */
	int[] knownByBenchTeam() {
		return Arrays.copyOf(teamKnown, teamKnownCount);
	}

	private void rep(long user) throws SQLException, IOException {
		int own = population.ownContacts(user);
		int wanted = Math.min(own * 7 / 10, PER_REP - PER_REP / 4 + random.nextInt(PER_REP / 2 + 1));
		// selection sampling: each of the own contacts in order, with the chance that keeps the count exact
		int needed = wanted;
		for (int i = 0; i < own && needed > 0; i++) {
			if (random.nextInt(own - i) < needed) {
				tie(user, population.ownContact(user, i));
				needed--;
			}
		}
		Set<Integer> seen = new HashSet<>();
		for (int i = 0; i <= wanted / 8; i++) {
			int contact = population.randomTeamContact(team, random);
			if (population.ownerOfContact(contact) != user && seen.add(contact)) {
				tie(user, contact);
			}
		}
	}

	private void manager(long user) throws SQLException, IOException {
		Set<Integer> seen = new HashSet<>();
		for (int i = 0; i < PER_MANAGER && population.teamContacts(team) > 0; i++) {
			int contact = population.randomTeamContact(team, random);
			if (seen.add(contact)) {
				tie(user, contact);
			}
		}
	}

	private void tie(long user, int contact) throws SQLException, IOException {
		if (team == DataGenerator.BENCH_TEAM && !knownByTeam[contact]) {
			knownByTeam[contact] = true;
			if (teamKnownCount == teamKnown.length) {
				teamKnown = Arrays.copyOf(teamKnown, teamKnown.length * 2);
			}
			teamKnown[teamKnownCount++] = contact;
		}
		var created = OrgWriter.instant(Dates.withinYears(random, 5));
		ties.add(++id, user, (long) contact, STRENGTHS[random.nextInt(STRENGTHS.length)], null, 0, created, created);
	}

}
