package io.guanxi.sales.task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import io.guanxi.sales.SaveSalesTask;
import io.guanxi.sales.SalesTaskView;
import io.guanxi.sales.TaskPriority;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A task as its forms take it: dates and times apart, in the zone the pages show times
 * in, so that a phone offers its own pickers. A due date without a time is due at the end
 * of that day; a reminder date without a time reminds at nine.
 */
public record TaskForm(@Size(max = 200, message = "{sales.tasks.error.titleLength}") @Nullable String title,
		@Size(max = 4000, message = "{sales.tasks.error.notesLength}") @Nullable String notes,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueDate,
		@DateTimeFormat(pattern = "HH:mm") @Nullable LocalTime dueTime,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate remindDate,
		@DateTimeFormat(pattern = "HH:mm") @Nullable LocalTime remindTime, @Nullable TaskPriority priority,
		@Nullable Long assigneeId, @Nullable Long opportunityId, @Nullable Long accountId) {

	static final LocalTime END_OF_DAY = LocalTime.of(23, 59);

	static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);

	static TaskForm blank(LocalDate today, @Nullable Long opportunityId, @Nullable Long accountId) {
		return new TaskForm(null, null, today, null, null, null, TaskPriority.NORMAL, null, opportunityId, accountId);
	}

	static TaskForm of(SalesTaskView task, ZoneId zone) {
		var due = task.dueAt().atZone(zone);
		var remind = task.remindAt() == null ? null : task.remindAt().atZone(zone);
		LocalTime dueTime = due.toLocalTime().withSecond(0).withNano(0);
		return new TaskForm(task.title(), task.notes(), due.toLocalDate(), dueTime.equals(END_OF_DAY) ? null : dueTime,
				remind == null ? null : remind.toLocalDate(),
				remind == null ? null : remind.toLocalTime().withSecond(0).withNano(0), task.priority(),
				task.assigneeId(), task.opportunityId(), task.accountId());
	}

	SaveSalesTask toCommand(ZoneId zone) {
		return new SaveSalesTask(title, notes, at(dueDate, dueTime, END_OF_DAY, zone),
				at(remindDate, remindTime, REMINDER_TIME, zone), priority, assigneeId, opportunityId, accountId);
	}

	private static @Nullable Instant at(@Nullable LocalDate date, @Nullable LocalTime time, LocalTime otherwise,
			ZoneId zone) {
		return date == null ? null : date.atTime(time == null ? otherwise : time).atZone(zone).toInstant();
	}

}
