package io.guanxi.sales.process;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.guanxi.sales.DocumentKind;
import io.guanxi.sales.GateField;
import io.guanxi.sales.GateKind;
import io.guanxi.sales.SaveStage;
import io.guanxi.sales.StageOutcome;
import io.guanxi.sales.StageView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The stage form: the stage's fields, its checklist and control points as rows, with a
 * few empty rows to add new ones without JavaScript. An empty row is left out; a ticked
 * "remove" takes the row away.
 */
public record StageForm(
		@NotBlank(message = "{sales.process.error.stageNameRequired}") @Size(max = 200,
				message = "{sales.process.error.nameLength}") @Nullable String name,
		@NotNull(message = "{sales.process.error.probability}") @Min(value = 0,
				message = "{sales.process.error.probability}") @Max(value = 100,
						message = "{sales.process.error.probability}") @Nullable Integer probability,
		@Nullable StageOutcome outcome,
		@Size(max = 4000, message = "{sales.process.error.guidanceLength}") @Nullable String guidance,
		@Valid @Nullable List<TaskRow> tasks, @Nullable List<GateRow> gates) {

	static final int EMPTY_TASK_ROWS = 3;

	static final int EMPTY_GATE_ROWS = 2;

	static StageForm blank() {
		return new StageForm("", 50, StageOutcome.OPEN, null, List.of(), List.of()).withEmptyRows();
	}

	static StageForm of(StageView stage) {
		return new StageForm(stage.name(), stage.probability(), stage.outcome(), stage.guidance(),
				stage.tasks()
					.stream()
					.map(task -> new TaskRow(task.id(), task.name(), task.required(), false))
					.toList(),
				stage.gates()
					.stream()
					.map(gate -> new GateRow(gate.kind(), gate.field(), gate.documentKind(), false))
					.toList())
			.withEmptyRows();
	}

	/** The rows entered (without the removed and empty ones) and as many empty ones. */
	StageForm withEmptyRows() {
		List<TaskRow> taskRows = new ArrayList<>(taskRows().stream().filter(row -> !row.empty()).toList());
		Stream.generate(() -> new TaskRow(null, null, false, false)).limit(EMPTY_TASK_ROWS).forEach(taskRows::add);
		List<GateRow> gateRows = new ArrayList<>(gateRows().stream().filter(row -> !row.empty()).toList());
		Stream.generate(() -> new GateRow(null, null, null, false)).limit(EMPTY_GATE_ROWS).forEach(gateRows::add);
		return new StageForm(name, probability, outcome, guidance, taskRows, gateRows);
	}

	/**
	 * The command, or null after rejecting a kept task row without a name on the form.
	 */
	@Nullable SaveStage toCommand(Errors errors) {
		List<SaveStage.Task> commandTasks = new ArrayList<>();
		List<TaskRow> rows = taskRows();
		for (int i = 0; i < rows.size(); i++) {
			TaskRow row = rows.get(i);
			if (row.removed() || row.empty()) {
				continue;
			}
			if (row.name() == null || row.name().isBlank()) {
				errors.rejectValue("tasks[" + i + "].name", "sales.process.error.taskNameRequired");
				continue;
			}
			commandTasks.add(new SaveStage.Task(row.id(), row.name(), row.isRequired()));
		}
		List<SaveStage.Gate> commandGates = gateRows().stream()
			.filter(row -> !row.removed() && row.kind() != null)
			.map(row -> new SaveStage.Gate(row.kind(), row.field(), row.documentKind()))
			.toList();
		return errors.hasErrors() ? null
				: new SaveStage(name, probability, outcome, guidance, commandTasks, commandGates);
	}

	public List<TaskRow> taskRows() {
		return tasks == null ? List.of() : tasks.stream().map(row -> row == null ? TaskRow.EMPTY : row).toList();
	}

	public List<GateRow> gateRows() {
		return gates == null ? List.of() : gates.stream().map(row -> row == null ? GateRow.EMPTY : row).toList();
	}

	/**
	 * A checklist item; one without an id and name is an empty row. An unticked box sends
	 * nothing, hence the empty Booleans.
	 */
	public record TaskRow(@Nullable Long id,
			@Size(max = 300, message = "{sales.process.error.taskNameLength}") @Nullable String name,
			@Nullable Boolean required, @Nullable Boolean remove) {

		static final TaskRow EMPTY = new TaskRow(null, null, false, false);

		public boolean isRequired() {
			return Boolean.TRUE.equals(required);
		}

		public boolean removed() {
			return Boolean.TRUE.equals(remove);
		}

		public boolean empty() {
			return id == null && (name == null || name.isBlank());
		}

	}

	/** A control point; one without a kind is an empty row. */
	public record GateRow(@Nullable GateKind kind, @Nullable GateField field, @Nullable DocumentKind documentKind,
			@Nullable Boolean remove) {

		static final GateRow EMPTY = new GateRow(null, null, null, false);

		public boolean removed() {
			return Boolean.TRUE.equals(remove);
		}

		public boolean empty() {
			return kind == null;
		}

	}

}
