package io.guanxi.sales.task;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SalesTaskRepository extends JpaRepository<SalesTask, Long> {

	List<SalesTask> findByAssigneeIdAndDoneAtIsNullOrderByDueAtAscIdAsc(long assigneeId, Limit limit);

	List<SalesTask> findByAssigneeIdAndDoneAtIsNotNullOrderByDoneAtDescIdDesc(long assigneeId, Limit limit);

	Page<SalesTask> findByAssigneeIdAndDoneAtIsNotNullOrderByDoneAtDescIdDesc(long assigneeId, Pageable pageable);

	List<SalesTask> findByOpportunityIdAndDoneAtIsNullOrderByDueAtAscIdAsc(long opportunityId, Limit limit);

	List<SalesTask> findByAccountIdAndDoneAtIsNullOrderByDueAtAscIdAsc(long accountId, Limit limit);

	/** The ids of tasks whose reminder is pending and due, oldest first. */
	@Query("select t.id from SalesTask t where t.nextReminderAt <= :now order by t.nextReminderAt, t.id")
	List<Long> reminderDue(Instant now, Limit limit);

	List<SalesTask> findByAccountIdIn(List<Long> accountIds);

}
