package io.guanxi.sales;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A sales task as its readers see it.
 *
 * @param remindedAt when the reminder went out, if it has
 * @param overdue open and past its due time
 * @param canChange whether the caller may change, tick or delete it
 */
public record SalesTaskView(long id, String title, @Nullable String notes, TaskPriority priority, Instant dueAt,
		@Nullable Instant remindAt, @Nullable Instant remindedAt, long assigneeId, String assigneeName,
		long createdById, String createdByName, @Nullable Long opportunityId, @Nullable String opportunityName,
		@Nullable Long accountId, @Nullable String accountName, boolean done, @Nullable Instant doneAt, boolean overdue,
		boolean canChange, Instant createdAt, long version) {
}
