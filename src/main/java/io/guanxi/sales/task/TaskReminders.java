package io.guanxi.sales.task;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

import io.guanxi.platform.Notice;
import io.guanxi.platform.NoticeText;
import io.guanxi.platform.Notifications;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.data.domain.Limit;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds assignees of their tasks when the reminder time has come: a notification each,
 * once. Runs on one node at a time (ShedLock) every
 * {@code guanxi.sales.tasks.reminder-every}; each reminder is marked sent in the
 * transaction that stores its notification, so a crash or a second node sends none twice.
 */
@Component
public class TaskReminders {

	static final String KIND = "sales.task-reminder";

	/** Reminders per run; a backlog is worked off over the next runs. */
	static final int BATCH = 500;

	private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final SalesTaskRepository tasks;

	private final Notifications notifications;

	private final TransactionTemplate transaction;

	private final Clock clock;

	TaskReminders(SalesTaskRepository tasks, Notifications notifications, PlatformTransactionManager transactions,
			Clock clock) {
		this.tasks = tasks;
		this.notifications = notifications;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${guanxi.sales.tasks.reminder-every:PT1M}",
			initialDelayString = "${guanxi.sales.tasks.reminder-every:PT1M}")
	@SchedulerLock(name = "sales.task-reminders", lockAtMostFor = "10m")
	public void run() {
		remindDue();
	}

	/** Sends the reminders that are due by the clock; returns how many went out. */
	public int remindDue() {
		Instant now = clock.instant();
		List<Long> due = tasks.reminderDue(now, Limit.of(BATCH));
		int sent = 0;
		for (Long id : due) {
			if (remind(id, now)) {
				sent++;
			}
		}
		return sent;
	}

	private boolean remind(long id, Instant now) {
		try {
			return Objects.requireNonNull(transaction.execute(status -> {
				SalesTask task = tasks.findById(id).orElse(null);
				if (task == null || !task.reminderDue(now)) {
					return false;
				}
				task.markReminded(now);
				tasks.saveAndFlush(task);
				notifications.notify(task.assigneeId(), notice(task));
				return true;
			}));
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			// changed at this moment: the next run looks at it again
			return false;
		}
	}

	private static Notice notice(SalesTask task) {
		String due = DUE.format(task.dueAt().atZone(ZoneId.systemDefault()));
		return new Notice(
				KIND, "task:" + task.id() + ":" + Objects.requireNonNull(task.remindAt()).toEpochMilli(), NoticeText
					.message("sales.tasks.notice.reminder", NoticeText.plain(task.title()), NoticeText.plain(due)),
				"/tasks/" + task.id() + "/edit");
	}

}
