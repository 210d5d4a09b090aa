package io.guanxi.sales.task;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.platform.NotificationView;
import io.guanxi.platform.Notifications;
import io.guanxi.platform.Role;
import io.guanxi.sales.SaveSalesTask;
import io.guanxi.sales.SalesTaskView;
import io.guanxi.sales.SalesTasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reminder job, run directly with a clock of its own that the test moves: a reminder
 * goes out when its time has come, once, to the assignee.
 */
@IntegrationTest
class TaskRemindersIT {

	/** Well ahead of the real clock, so that the scheduled job never gets there first. */
	static final Instant REMIND_AT = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);

	static final Instant DUE_AT = REMIND_AT.plus(Duration.ofHours(3));

	@Autowired
	TestUsers users;

	@Autowired
	SalesTasks tasks;

	@Autowired
	SalesTaskRepository repository;

	@Autowired
	Notifications notifications;

	@Autowired
	PlatformTransactionManager transactions;

	TestUser rep;

	TestUser manager;

	@BeforeEach
	void aRepAndTheirManager() {
		manager = users.create(Role.SALES_MANAGER);
		rep = users.create(Role.SALES_REP, manager);
	}

	@Test
	void aReminderGoesToTheAssigneeOnceWhenItsTimeHasCome() {
		SalesTaskView task = users.as(manager, () -> tasks
			.create(new SaveSalesTask("Call Mr Zhang", null, DUE_AT, REMIND_AT, null, rep.id(), null, null)));

		jobAt(REMIND_AT.minusSeconds(1)).remindDue();
		assertThat(notificationsOf(rep)).isEmpty();
		assertThat(users.as(rep, () -> tasks.get(task.id())).remindedAt()).isNull();

		jobAt(REMIND_AT).remindDue();
		jobAt(REMIND_AT.plusSeconds(90)).remindDue();

		assertThat(notificationsOf(rep)).singleElement().satisfies(notice -> {
			assertThat(notice.kind()).isEqualTo("sales.task-reminder");
			assertThat(notice.text()).startsWith("Reminder: \u201cCall Mr Zhang\u201d is due ");
			assertThat(notice.link()).isEqualTo("/tasks/" + task.id() + "/edit");
		});
		assertThat(notificationsOf(manager)).as("the creator").isEmpty();
		assertThat(users.as(rep, () -> tasks.get(task.id())).remindedAt()).isEqualTo(REMIND_AT);
	}

	@Test
	void aDoneTaskIsNotRemindedAndAMovedReminderGoesOutAgain() {
		SalesTaskView done = users.as(rep,
				() -> tasks.create(new SaveSalesTask("Done early", null, DUE_AT, REMIND_AT, null, null, null, null)));
		users.as(rep, () -> tasks.markDone(done.id(), true, done.version()));
		SalesTaskView moved = users.as(rep,
				() -> tasks.create(new SaveSalesTask("Moved", null, DUE_AT, REMIND_AT, null, null, null, null)));

		jobAt(REMIND_AT).remindDue();
		assertThat(notificationsOf(rep)).extracting(NotificationView::text)
			.singleElement()
			.asString()
			.contains("Moved");

		SalesTaskView reminded = users.as(rep, () -> tasks.get(moved.id()));
		Instant later = REMIND_AT.plus(Duration.ofHours(1));
		users.as(rep, () -> tasks.update(moved.id(),
				new SaveSalesTask("Moved", null, DUE_AT, later, null, null, null, null), reminded.version()));
		jobAt(later.minusSeconds(1)).remindDue();
		assertThat(notificationsOf(rep)).hasSize(1);
		jobAt(later).remindDue();
		assertThat(notificationsOf(rep)).hasSize(2);
	}

	@Test
	void theReminderSpeaksTheReadersLanguage() {
		users.as(rep, () -> tasks.create(new SaveSalesTask("拜访张总", null, DUE_AT, REMIND_AT, null, null, null, null)));

		jobAt(REMIND_AT).remindDue();

		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		try {
			assertThat(notificationsOf(rep)).singleElement()
				.extracting(NotificationView::text)
				.asString()
				.startsWith("提醒：任务“拜访张总”将于 ");
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	private TaskReminders jobAt(Instant now) {
		return new TaskReminders(repository, notifications, transactions, Clock.fixed(now, ZoneOffset.UTC));
	}

	private List<NotificationView> notificationsOf(TestUser user) {
		return users.as(user, () -> notifications.list(null, 20)).items();
	}

}
