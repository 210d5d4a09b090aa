package io.guanxi.bench;

/**
 * Data set sizes. Only what the built modules have tables for is generated; each module issue adds
 * its own data (contacts, positions, ties, interactions, opportunities, …) here.
 * {@code -Dbench.accounts=N} overrides a scale's account count (to time the generator on a size
 * between two scales); the other counts per account stay.
 */
enum Scale {

	SMALL(300, 20, 3_000), MEDIUM(100_000, 500, 1_000_000), LARGE(1_000_000, 2_000, 10_000_000);

	private final int accounts;

	final int reps;

	private final long interactions;

	Scale(int accounts, int reps, long interactions) {
		this.accounts = accounts;
		this.reps = reps;
		this.interactions = interactions;
	}

	int accounts() {
		return Integer.getInteger("bench.accounts", accounts);
	}

	long contacts() {
		return (long) accounts() * DataGenerator.CONTACTS_PER_ACCOUNT;
	}

	/** Timeline entries, the same number on every account. */
	long interactions() {
		return (long) accounts() * interactionsPerAccount();
	}

	int interactionsPerAccount() {
		return (int) (interactions / accounts);
	}

	static Scale fromSystemProperty() {
		return valueOf(System.getProperty("bench.scale", "small").toUpperCase(java.util.Locale.ROOT));
	}

}
