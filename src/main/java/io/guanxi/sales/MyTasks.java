package io.guanxi.sales;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The signed-in user's tasks on their "My tasks" page: open ones in three groups by due
 * time (in the zone the pages show times in), and the latest done.
 *
 * @param more whether open tasks were left out of the groups (there are too many)
 */
public record MyTasks(List<SalesTaskView> overdue, List<SalesTaskView> today, List<SalesTaskView> upcoming,
		List<SalesTaskView> done, boolean more) {

	/**
	 * Splits open tasks (ordered by due time) into overdue (due before {@code now}), due
	 * later today, and upcoming (from tomorrow on).
	 */
	public static MyTasks of(List<SalesTaskView> open, List<SalesTaskView> done, boolean more, Instant now,
			ZoneId zone) {
		Instant tomorrow = ZonedDateTime.ofInstant(now, zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
		List<SalesTaskView> overdue = new ArrayList<>();
		List<SalesTaskView> today = new ArrayList<>();
		List<SalesTaskView> upcoming = new ArrayList<>();
		for (SalesTaskView task : open) {
			if (task.dueAt().isBefore(now)) {
				overdue.add(task);
			}
			else if (task.dueAt().isBefore(tomorrow)) {
				today.add(task);
			}
			else {
				upcoming.add(task);
			}
		}
		return new MyTasks(overdue, today, upcoming, done, more);
	}

	public boolean empty() {
		return overdue.isEmpty() && today.isEmpty() && upcoming.isEmpty() && done.isEmpty();
	}

}
