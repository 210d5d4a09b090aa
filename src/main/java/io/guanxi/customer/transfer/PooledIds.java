package io.guanxi.customer.transfer;

/**
 * Ids for records inserted in bulk, from the same sequence as JPA. The sequence counts by
 * 50 and Hibernate's pooled optimizer treats each value {@code v} it fetches as the top
 * of the block {@code v-49 .. v}; this class takes its values the same way, so that each
 * block belongs to whoever fetched its top and the two can never hand out the same id.
 * The first two values of a fresh sequence are left alone: Hibernate reads the very first
 * value (1) as the bottom of its first block.
 */
final class PooledIds {

	/**
	 * As {@code allocationSize} on the entity's id and {@code increment by} in SQL.
	 */
	static final int BLOCK = 50;

	private final Database database;

	private final String sequence;

	/** Tops of the blocks fetched and not used yet. */
	private final java.util.ArrayDeque<Long> tops = new java.util.ArrayDeque<>();

	private long next;

	private long last = -1;

	PooledIds(Database database, String sequence) {
		this.database = database;
		this.sequence = sequence;
	}

	/** Fetches, in one round trip, the blocks that {@code count} more ids need. */
	void reserve(int count) {
		long available = Math.max(0, last - next + 1) + (long) tops.size() * BLOCK;
		if (available < count) {
			int blocks = (int) ((count - available + BLOCK - 1) / BLOCK) + 1;
			database.next(sequence, blocks).stream().filter(top -> top > BLOCK + 1).sorted().forEach(tops::add);
		}
	}

	long next() {
		if (next > last) {
			Long top = tops.poll();
			while (top == null) {
				long fetched = database.next(sequence);
				top = fetched > BLOCK + 1 ? fetched : null;
			}
			next = top - BLOCK + 1;
			last = top;
		}
		return next++;
	}

}
