package io.guanxi.bench;

/**
 * Data set sizes. Every scale has, per account, three contacts and its interactions with them over five years
 * ({@link Timelines}), and the customer's own relationships:
 * <ul>
 * <li>departments and positions over time with their personnel changes ({@link OrgCharts}): a small org with a
 * head and two reports on every account, and a few big accounts ({@link BigAccounts}) with
 * {@link #bigAccountPeople()} people each (extra contacts), a deep reporting tree and years of history;</li>
 * <li>corporate groups and business links between accounts ({@link CorporateGroups});</li>
 * <li>ties between people, with {@link #hubs()} well-connected people of {@link #tiesPerHub()} ties each
 * ({@link Acquaintances}), and the reps' ties to contacts ({@link KnownContacts}).</li>
 * </ul>
 * And the sales data ({@link SalesData}): {@value #OPPORTUNITIES_PER_ACCOUNT} opportunities per account (so
 * 2,000,000 at large) with their stage history, buying contacts and deal teams. Small has 80 reps (four teams of
 * 20) so that the sales team of {@value DataGenerator#SALES_TEAM_REPS} reps comes from other teams than the one
 * the other rows measure, as at the larger scales.
 * <p>
 * {@code -Dbench.accounts=N} overrides a scale's account count (to time the generator on a size between two
 * scales); the other counts per account stay, and the big accounts and hubs keep their number.
 * {@code -Dbench.opportunities=N} overrides the number of opportunities.
 */
enum Scale {

	SMALL(300, 80, 3_000, 1, 400, 2, 150), MEDIUM(100_000, 500, 1_000_000, 5, 2_000, 20, 5_000),
	LARGE(1_000_000, 2_000, 10_000_000, 20, 2_000, 50, 20_000);

	private final int accounts;

	final int reps;

	private final long interactions;

	private final int bigAccounts;

	private final int bigAccountPeople;

	private final int hubs;

	private final int tiesPerHub;

	Scale(int accounts, int reps, long interactions, int bigAccounts, int bigAccountPeople, int hubs,
			int tiesPerHub) {
		this.accounts = accounts;
		this.reps = reps;
		this.interactions = interactions;
		this.bigAccounts = bigAccounts;
		this.bigAccountPeople = bigAccountPeople;
		this.hubs = hubs;
		this.tiesPerHub = tiesPerHub;
	}

	static final int OPPORTUNITIES_PER_ACCOUNT = 2;

	int accounts() {
		return Integer.getInteger("bench.accounts", accounts);
	}

	/** The three contacts of every account and the big accounts' extra people. */
	long contacts() {
		return (long) accounts() * DataGenerator.CONTACTS_PER_ACCOUNT + (long) bigAccounts * extraPeoplePerBigAccount();
	}

	/** Timeline entries, the same number on every account. */
	long interactions() {
		return (long) accounts() * interactionsPerAccount();
	}

	int interactionsPerAccount() {
		return (int) (interactions / accounts);
	}

	/** Opportunities over all reps, in the default sales process. */
	int opportunities() {
		return Integer.getInteger("bench.opportunities", accounts() * OPPORTUNITIES_PER_ACCOUNT);
	}

	/** Accounts with a large org chart (their people are extra contacts of the account). */
	int bigAccounts() {
		return bigAccounts;
	}

	/** The people who hold or held a position at a big account, its three contacts included. */
	int bigAccountPeople() {
		return bigAccountPeople;
	}

	int extraPeoplePerBigAccount() {
		return bigAccountPeople - DataGenerator.CONTACTS_PER_ACCOUNT;
	}

	/** People tied to very many others: they are what makes a walk through the graph expensive. */
	int hubs() {
		return hubs;
	}

	int tiesPerHub() {
		return tiesPerHub;
	}

	static Scale fromSystemProperty() {
		return valueOf(System.getProperty("bench.scale", "small").toUpperCase(java.util.Locale.ROOT));
	}

}
