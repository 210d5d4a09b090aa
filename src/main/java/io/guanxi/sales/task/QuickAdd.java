package io.guanxi.sales.task;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The quick-add form of "My tasks" and of the task sections: a title and a due date, with
 * what was entered and the errors when it was refused ({@code ""} holds a form-level
 * one).
 */
public record QuickAdd(@Nullable String title, @Nullable LocalDate dueDate, @Nullable LocalTime dueTime,
		Map<String, String> errors) {

	static QuickAdd blank(LocalDate today) {
		return new QuickAdd(null, today, null, Map.of());
	}

	static QuickAdd refused(TaskForm form, Map<String, String> errors) {
		return new QuickAdd(form.title(), form.dueDate(), form.dueTime(), Map.copyOf(errors));
	}

	public boolean hasError(String field) {
		return errors.containsKey(field);
	}

	public @Nullable String error(String field) {
		return errors.get(field);
	}

	/** Whether the form was sent and refused: it opens again to show why. */
	public boolean refused() {
		return !errors.isEmpty();
	}

}
