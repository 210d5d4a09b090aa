package io.guanxi.sales.task;

import java.util.List;

import io.guanxi.customer.AccountDeleting;
import io.guanxi.customer.AccountsMerged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps tasks when their account goes: a merge moves them to the surviving account, a
 * delete leaves them with their assignee, unlinked. Both run in the customer module's
 * transaction, before its delete, so the reference to the account stays satisfied.
 */
@Component
class TaskAccountReferences {

	private final SalesTaskRepository tasks;

	TaskAccountReferences(SalesTaskRepository tasks) {
		this.tasks = tasks;
	}

	@EventListener
	void on(AccountDeleting event) {
		moveTasks(event.accountIds(), null);
	}

	@EventListener
	void on(AccountsMerged event) {
		moveTasks(List.of(event.mergedId()), event.survivorId());
	}

	private void moveTasks(List<Long> from, @Nullable Long to) {
		List<SalesTask> linked = tasks.findByAccountIdIn(from);
		linked.forEach(task -> task.moveToAccount(to));
		tasks.saveAllAndFlush(linked);
	}

}
