package io.guanxi.sales.task;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import io.guanxi.platform.TrackedEntity;
import io.guanxi.sales.TaskPriority;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A sales task (销售任务): something a user is to do by a time, perhaps with a reminder, for
 * a deal, an account or themselves. The reminder goes out once: it is pending until sent,
 * and pending again only when its time or the assignee changes.
 */
@Entity
@Table(name = "sales_task")
public class SalesTask extends TrackedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_task_seq")
	@SequenceGenerator(name = "sales_task_seq", sequenceName = "sales_task_seq", allocationSize = 50)
	private @Nullable Long id;

	private String title;

	private @Nullable String notes;

	@Enumerated(EnumType.STRING)
	private TaskPriority priority;

	private Instant dueAt;

	private @Nullable Instant remindAt;

	private @Nullable Instant remindedAt;

	private @Nullable Instant nextReminderAt;

	private long assigneeId;

	private long createdBy;

	private @Nullable Long opportunityId;

	private @Nullable Long accountId;

	private @Nullable Instant doneAt;

	private @Nullable Long doneBy;

	protected SalesTask() {
		this.title = "";
		this.priority = TaskPriority.NORMAL;
		this.dueAt = Instant.EPOCH;
	}

	public SalesTask(long createdBy) {
		this();
		this.createdBy = createdBy;
	}

	/** Sets what is to be done, by whom and when; a changed reminder is pending again. */
	public void describe(String title, @Nullable String notes, TaskPriority priority, Instant dueAt,
			@Nullable Instant remindAt, long assigneeId) {
		Instant reminder = remindAt == null ? null : micros(remindAt);
		if (!Objects.equals(reminder, this.remindAt) || assigneeId != this.assigneeId) {
			this.remindedAt = null;
		}
		this.title = title;
		this.notes = notes;
		this.priority = priority;
		this.dueAt = micros(dueAt);
		this.remindAt = reminder;
		this.assigneeId = assigneeId;
		schedule();
	}

	/** Links the task to a deal and its account, to an account, or to nothing. */
	public void linkTo(@Nullable Long opportunityId, @Nullable Long accountId) {
		this.opportunityId = opportunityId;
		this.accountId = accountId;
	}

	public void markDone(boolean done, long userId, Instant now) {
		if (done == isDone()) {
			return;
		}
		this.doneAt = done ? micros(now) : null;
		this.doneBy = done ? userId : null;
		schedule();
	}

	/**
	 * Whether the reminder is to go out at {@code now}: pending and its time has come.
	 */
	public boolean reminderDue(Instant now) {
		return nextReminderAt != null && !nextReminderAt.isAfter(now);
	}

	public void markReminded(Instant now) {
		this.remindedAt = micros(now);
		schedule();
	}

	/**
	 * The account the task was linked to was merged into another (or deleted: null); the
	 * task stays with its assignee.
	 */
	public void moveToAccount(@Nullable Long accountId) {
		this.accountId = accountId;
	}

	private void schedule() {
		this.nextReminderAt = remindAt != null && remindedAt == null && doneAt == null ? remindAt : null;
	}

	/** The database keeps microseconds; what is compared must match what it stores. */
	private static Instant micros(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS);
	}

	public long id() {
		return Objects.requireNonNull(id, "not saved yet");
	}

	public String title() {
		return title;
	}

	public @Nullable String notes() {
		return notes;
	}

	public TaskPriority priority() {
		return priority;
	}

	public Instant dueAt() {
		return dueAt;
	}

	public @Nullable Instant remindAt() {
		return remindAt;
	}

	public @Nullable Instant remindedAt() {
		return remindedAt;
	}

	public long assigneeId() {
		return assigneeId;
	}

	public long createdBy() {
		return createdBy;
	}

	public @Nullable Long opportunityId() {
		return opportunityId;
	}

	public @Nullable Long accountId() {
		return accountId;
	}

	public boolean isDone() {
		return doneAt != null;
	}

	public @Nullable Instant doneAt() {
		return doneAt;
	}

	public @Nullable Long doneBy() {
		return doneBy;
	}

}
