package io.guanxi.sales.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What refers to a stage or a checklist task, for an admin who changes a process: a stage
 * that opportunities are in or have passed through stays, since their stage and history
 * name it.
 */
@Component
public class StageUsage {

	private final JdbcClient jdbc;

	StageUsage(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Opportunities in the stage, open or closed there. */
	public long opportunitiesIn(long stageId) {
		return jdbc.sql("select count(*) from sales_opportunity where stage_id = :stageId")
			.param("stageId", stageId)
			.query(Long.class)
			.single();
	}

	/** Whether an opportunity's stage history or approvals name the stage. */
	public boolean inHistory(long stageId) {
		return exists("select 1 from sales_stage_change where to_stage_id = :stageId or from_stage_id = :stageId",
				stageId) || exists("select 1 from sales_stage_approval where stage_id = :stageId", stageId);
	}

	/**
	 * Unticks a checklist task on every opportunity, before the task is removed from its
	 * stage: a removed item is no longer on anybody's checklist.
	 */
	public void forgetTask(long stageTaskId) {
		jdbc.sql("delete from sales_opportunity_task where stage_task_id = :taskId")
			.param("taskId", stageTaskId)
			.update();
	}

	private boolean exists(String sql, long stageId) {
		return !jdbc.sql(sql + " limit 1").param("stageId", stageId).query(Integer.class).list().isEmpty();
	}

}
