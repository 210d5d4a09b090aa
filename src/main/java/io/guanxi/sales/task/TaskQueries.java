package io.guanxi.sales.task;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.guanxi.platform.AccessScope;
import io.guanxi.sales.TaskFilter;
import io.guanxi.sales.internal.OpportunityAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Task lists for the API, by due time. Without a deal or account in the filter, a caller
 * lists the tasks they are assigned or created and those of the deals they may read; a
 * task linked only to someone else's account shows when that account is asked for.
 */
@Component
public class TaskQueries {

	private final JdbcClient jdbc;

	TaskQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One page of ids, due first. {@code recordChecked} says that the filter names a deal
	 * or account the caller may read, so that all its tasks may be listed.
	 */
	public List<Long> ids(TaskFilter filter, AccessScope scope, boolean recordChecked, long offset, int limit) {
		Map<String, Object> parameters = new HashMap<>();
		String where = where(filter, scope, recordChecked, parameters);
		return jdbc
			.sql("select t.id from sales_task t where " + where
					+ " order by t.due_at, t.id limit :limit offset :offset")
			.params(parameters)
			.param("limit", limit)
			.param("offset", offset)
			.query(Long.class)
			.list();
	}

	public long count(TaskFilter filter, AccessScope scope, boolean recordChecked) {
		Map<String, Object> parameters = new HashMap<>();
		String where = where(filter, scope, recordChecked, parameters);
		return jdbc.sql("select count(*) from sales_task t where " + where)
			.params(parameters)
			.query(Long.class)
			.single();
	}

	private static String where(TaskFilter filter, AccessScope scope, boolean recordChecked,
			Map<String, Object> parameters) {
		StringBuilder sql = new StringBuilder("1 = 1");
		if (filter.assigneeId() != null) {
			sql.append(" and t.assignee_id = :assignee");
			parameters.put("assignee", filter.assigneeId());
		}
		if (filter.opportunityId() != null) {
			sql.append(" and t.opportunity_id = :opportunity");
			parameters.put("opportunity", filter.opportunityId());
		}
		if (filter.accountId() != null) {
			sql.append(" and t.account_id = :account");
			parameters.put("account", filter.accountId());
		}
		if (filter.done() != null) {
			sql.append(filter.done() ? " and t.done_at is not null" : " and t.done_at is null");
		}
		if (filter.dueFrom() != null) {
			sql.append(" and t.due_at >= :dueFrom");
			parameters.put("dueFrom", filter.dueFrom().atOffset(ZoneOffset.UTC));
		}
		if (filter.dueBefore() != null) {
			sql.append(" and t.due_at < :dueBefore");
			parameters.put("dueBefore", filter.dueBefore().atOffset(ZoneOffset.UTC));
		}
		if (!recordChecked && !scope.unrestricted()) {
			sql.append(" and (t.assignee_id = :accessUserId or t.created_by = :accessUserId"
					+ " or exists (select 1 from sales_opportunity o where o.id = t.opportunity_id and "
					+ OpportunityAccess.readCondition("o", scope) + "))");
			parameters.putAll(OpportunityAccess.readParameters(scope));
		}
		return sql.toString();
	}

}
