package io.guanxi.bench;

/**
 * Data set sizes. Only what the built modules have tables for is generated; each module issue adds
 * its own data (contacts, positions, ties, interactions, opportunities, …) here.
 */
enum Scale {

	SMALL(300, 20), MEDIUM(100_000, 500), LARGE(1_000_000, 2_000);

	final int accounts;

	final int reps;

	Scale(int accounts, int reps) {
		this.accounts = accounts;
		this.reps = reps;
	}

	static Scale fromSystemProperty() {
		return valueOf(System.getProperty("bench.scale", "small").toUpperCase(java.util.Locale.ROOT));
	}

}
