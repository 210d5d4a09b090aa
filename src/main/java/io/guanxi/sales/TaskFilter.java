package io.guanxi.sales;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Which sales tasks to list; every part is optional and the parts combine.
 *
 * @param done true for done tasks, false for open ones, empty for both
 * @param dueFrom due at or after
 * @param dueBefore due before
 */
public record TaskFilter(@Nullable Long assigneeId, @Nullable Long opportunityId, @Nullable Long accountId,
		@Nullable Boolean done, @Nullable Instant dueFrom, @Nullable Instant dueBefore) {

	public static TaskFilter none() {
		return new TaskFilter(null, null, null, null, null, null);
	}

}
