package io.guanxi.sales;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a user enters to add or change a sales task (销售任务).
 *
 * @param remindAt when the assignee is to be reminded, not after {@code dueAt}; empty for
 * no reminder
 * @param priority empty means normal
 * @param assigneeId empty means the caller
 * @param opportunityId the deal it is for; the task then belongs to the deal's account
 * too
 * @param accountId the account it is for, when not for a deal; both empty make a personal
 * task
 */
public record SaveSalesTask(
		@NotBlank(message = "{sales.tasks.error.titleRequired}") @Size(max = 200,
				message = "{sales.tasks.error.titleLength}") @Nullable String title,
		@Size(max = 4000, message = "{sales.tasks.error.notesLength}") @Nullable String notes,
		@NotNull(message = "{sales.tasks.error.dueRequired}") @Nullable Instant dueAt, @Nullable Instant remindAt,
		@Nullable TaskPriority priority, @Nullable Long assigneeId, @Nullable Long opportunityId,
		@Nullable Long accountId) {

	/** A task for the caller with nothing but a title and a due time. */
	public static SaveSalesTask quick(String title, @Nullable Instant dueAt, @Nullable Long opportunityId,
			@Nullable Long accountId) {
		return new SaveSalesTask(title, null, dueAt, null, null, null, opportunityId, accountId);
	}

	public TaskPriority priorityOrDefault() {
		return priority == null ? TaskPriority.NORMAL : priority;
	}

}
