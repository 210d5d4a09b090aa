package io.guanxi.sales.task;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.guanxi.customer.CustomerDirectory;
import io.guanxi.platform.AccessScope;
import io.guanxi.platform.UserDirectory;
import io.guanxi.sales.SalesTaskView;
import io.guanxi.sales.internal.Opportunity;
import io.guanxi.sales.internal.OpportunityRepository;
import org.springframework.stereotype.Component;

/**
 * Sales tasks as their readers see them, names looked up once per list. Whoever sees a
 * task sees the names of the deal and account it is for: they were allowed to link it, or
 * may read one of them.
 */
@Component
public class TaskViews {

	private final UserDirectory users;

	private final OpportunityRepository opportunities;

	private final CustomerDirectory directory;

	private final Clock clock;

	TaskViews(UserDirectory users, OpportunityRepository opportunities, CustomerDirectory directory, Clock clock) {
		this.users = users;
		this.opportunities = opportunities;
		this.directory = directory;
		this.clock = clock;
	}

	public List<SalesTaskView> of(List<SalesTask> tasks, Predicate<SalesTask> canChange) {
		Set<Long> userIds = new HashSet<>();
		tasks.forEach(task -> {
			userIds.add(task.assigneeId());
			userIds.add(task.createdBy());
		});
		Map<Long, String> userNames = users.displayNames(userIds);
		Map<Long, String> dealNames = opportunities
			.findAllById(tasks.stream().map(SalesTask::opportunityId).filter(Objects::nonNull).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Opportunity::id, Opportunity::name));
		Map<Long, String> accountNames = directory.accountNames(
				tasks.stream().map(SalesTask::accountId).filter(Objects::nonNull).distinct().toList(),
				AccessScope.everything(0));
		Instant now = clock.instant();
		return tasks.stream()
			.map(task -> new SalesTaskView(task.id(), task.title(), task.notes(), task.priority(), task.dueAt(),
					task.remindAt(), task.remindedAt(), task.assigneeId(),
					userNames.getOrDefault(task.assigneeId(), "?"), task.createdBy(),
					userNames.getOrDefault(task.createdBy(), "?"), task.opportunityId(),
					task.opportunityId() == null ? null : dealNames.get(task.opportunityId()), task.accountId(),
					task.accountId() == null ? null : accountNames.get(task.accountId()), task.isDone(), task.doneAt(),
					!task.isDone() && task.dueAt().isBefore(now), canChange.test(task), task.createdAt(),
					task.version()))
			.toList();
	}

}
