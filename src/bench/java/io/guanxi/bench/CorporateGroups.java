package io.guanxi.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Random;

import io.guanxi.relationship.CompanyLinkKind;

/**
 * Links between accounts. About one account in seven belongs to a corporate group of 3 to 40 companies: an
 * ultimate parent with subsidiaries four levels deep at most (PARENT links, most with a SHAREHOLDER link of 51–100
 * %), minority holdings between members, and affiliates linked as GROUP_MEMBER. One subsidiary in twenty was sold
 * to an outside buyer: its old PARENT link ended the day the new one began. Seven in ten groups are looked after
 * by one team (their accounts are owned by its reps), the others by anyone. A few investors hold minority shares
 * in very many companies. Then one business link per four accounts: supplier, customer, distributor, partner,
 * competitor, referral, alliance, half of them between accounts of one team; one in ten has ended.
 */
final class CorporateGroups {

	private static final CompanyLinkKind[] BUSINESS = { CompanyLinkKind.SUPPLIER, CompanyLinkKind.SUPPLIER,
			CompanyLinkKind.SUPPLIER, CompanyLinkKind.CUSTOMER, CompanyLinkKind.CUSTOMER, CompanyLinkKind.DISTRIBUTOR,
			CompanyLinkKind.PARTNER, CompanyLinkKind.PARTNER, CompanyLinkKind.COMPETITOR, CompanyLinkKind.COMPETITOR,
			CompanyLinkKind.REFERRAL, CompanyLinkKind.ALLIANCE };

	private final Random random = new Random(20261207);

	private final Population population;

	private final boolean[] taken;

	private TableWriter links;

	private long id;

	private int groups;

	CorporateGroups(Population population) {
		this.population = population;
		this.taken = new boolean[population.accounts + 1];
	}

	/** Writes the links; answers how many. */
	long write(Connection connection, boolean postgres, int investors, int holdingsPerInvestor)
			throws SQLException, IOException {
		try (TableWriter writer = new TableWriter(connection, postgres, "relationship_company_link", "id",
				"from_account_id", "to_account_id", "kind", "share_percent", "valid_from", "valid_to", "note", "version",
				"created_at", "updated_at")) {
			this.links = writer;
			int grouped = population.accounts / 7;
			int placed = 0;
			while (placed < grouped && placed < population.accounts / 2) {
				placed += group();
			}
			for (int i = 0; i < investors; i++) {
				investor(holdingsPerInvestor);
			}
			for (int i = 0; i < population.accounts / 4; i++) {
				business();
			}
			return writer.written();
		}
	}

	int groups() {
		return groups;
	}

	/** One corporate group; answers its size. */
	private int group() throws SQLException, IOException {
		int size = 3 + (int) (Math.pow(random.nextDouble(), 3) * 38);
		int team = random.nextInt(10) < 7 ? 1 + random.nextInt(population.teams) : 0;
		int[] members = new int[size];
		int[] depth = new int[size];
		for (int i = 0; i < size; i++) {
			members[i] = untaken(team);
		}
		groups++;
		for (int i = 1; i < size; i++) {
			int parent;
			do {
				parent = random.nextInt(i);
			}
			while (depth[parent] >= 3);
			depth[i] = depth[parent] + 1;
			subsidiary(members[parent], members[i]);
			if (random.nextInt(100) < 15) {
				int holder = members[random.nextInt(size)];
				if (holder != members[i] && holder != members[parent]) {
					link(holder, members[i], CompanyLinkKind.SHAREHOLDER, share(5, 49), Dates.withinYears(random, 15),
							null);
				}
			}
		}
		int affiliates = random.nextInt(3);
		for (int i = 0; i < affiliates; i++) {
			link(untaken(team), members[0], CompanyLinkKind.GROUP_MEMBER, null, Dates.withinYears(random, 10), null);
		}
		return size + affiliates;
	}

	/** A PARENT link (with the parent's share, mostly); one in twenty was sold to an outside buyer. */
	private void subsidiary(int parent, int child) throws SQLException, IOException {
		LocalDate from = Dates.withinYears(random, 20);
		BigDecimal share = random.nextInt(10) < 6 ? share(51, 100) : null;
		if (random.nextInt(100) < 5 && from.isBefore(Population.TODAY.minusDays(2))) {
			LocalDate sold = Dates.after(random, from);
			link(parent, child, CompanyLinkKind.PARENT, null, from, sold);
			if (share != null) {
				link(parent, child, CompanyLinkKind.SHAREHOLDER, share, from, sold);
			}
			int buyer = untaken(0);
			link(buyer, child, CompanyLinkKind.PARENT, null, sold, null);
			link(buyer, child, CompanyLinkKind.SHAREHOLDER, share(51, 100), sold, null);
			return;
		}
		link(parent, child, CompanyLinkKind.PARENT, null, from, null);
		if (share != null) {
			link(parent, child, CompanyLinkKind.SHAREHOLDER, share, from, null);
		}
	}

	/** An investment company with small stakes in many accounts: a hub of the company graph. */
	private void investor(int holdings) throws SQLException, IOException {
		int investor = untaken(0);
		for (int i = 0; i < holdings; i++) {
			int company = population.randomAccount(random);
			if (company != investor) {
				link(investor, company, CompanyLinkKind.SHAREHOLDER, share(1, 20), Dates.withinYears(random, 12),
						null);
			}
		}
	}

	private void business() throws SQLException, IOException {
		int from = population.randomAccount(random);
		int to = random.nextBoolean() ? population.randomTeamAccount(population.teamOfAccount(from), random)
				: population.randomAccount(random);
		if (from == to) {
			return;
		}
		LocalDate since = Dates.withinYears(random, 10);
		LocalDate ended = random.nextInt(10) == 0 && since.isBefore(Population.TODAY.minusDays(2))
				? Dates.after(random, since) : null;
		link(from, to, BUSINESS[random.nextInt(BUSINESS.length)], null, since, ended);
	}

	/** An account in no group yet, of the team (0, or when the team has none left: of anyone). */
	private int untaken(int team) {
		for (int attempt = 0; attempt < 1_000_000; attempt++) {
			int account = team == 0 || attempt > 100 ? population.randomAccount(random)
					: population.randomTeamAccount(team, random);
			if (!taken[account]) {
				taken[account] = true;
				return account;
			}
		}
		throw new IllegalStateException("No account left for a corporate group");
	}

	private BigDecimal share(int from, int to) {
		return BigDecimal.valueOf(from * 100L + random.nextInt((to - from) * 100 + 1), 2);
	}

	private void link(int from, int to, CompanyLinkKind kind, BigDecimal share, LocalDate validFrom,
			LocalDate validTo) throws SQLException, IOException {
		id++;
		var created = OrgWriter.instant(validFrom);
		links.add(id, (long) from, (long) to, kind.name(), share, validFrom, validTo, null, 0, created, created);
	}

}
