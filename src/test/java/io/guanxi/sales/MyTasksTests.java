package io.guanxi.sales;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** "My tasks" groups open tasks by the day in the zone the pages show, not in UTC. */
class MyTasksTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	// 22:30 in Shanghai on 5 December
	static final Instant NOW = Instant.parse("2026-12-05T14:30:00Z");

	@Test
	void splitsOpenTasksIntoOverdueTodayAndUpcoming() {
		List<SalesTaskView> open = List.of(due("2026-12-05T14:29:59Z"), due("2026-12-05T14:30:00Z"),
				due("2026-12-05T15:59:59Z"), due("2026-12-05T16:00:00Z"), due("2027-01-01T00:00:00Z"));

		MyTasks my = MyTasks.of(open, List.of(), false, NOW, SHANGHAI);

		assertThat(my.overdue()).extracting(SalesTaskView::dueAt)
			.containsExactly(Instant.parse("2026-12-05T14:29:59Z"));
		// midnight in Shanghai is 16:00 UTC
		assertThat(my.today()).extracting(SalesTaskView::dueAt)
			.containsExactly(Instant.parse("2026-12-05T14:30:00Z"), Instant.parse("2026-12-05T15:59:59Z"));
		assertThat(my.upcoming()).extracting(SalesTaskView::dueAt)
			.containsExactly(Instant.parse("2026-12-05T16:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"));
		assertThat(my.empty()).isFalse();
	}

	@Test
	void nothingOpenOrDoneIsEmpty() {
		assertThat(MyTasks.of(List.of(), List.of(), false, NOW, SHANGHAI).empty()).isTrue();
	}

	private static SalesTaskView due(String at) {
		Instant due = Instant.parse(at);
		return new SalesTaskView(1, "Call back", null, TaskPriority.NORMAL, due, null, null, 1, "Wang", 1, "Wang", null,
				null, null, null, false, null, due.isBefore(NOW), true, NOW, 0);
	}

}
