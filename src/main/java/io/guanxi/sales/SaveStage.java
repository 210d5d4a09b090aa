package io.guanxi.sales;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A stage as an admin defines it: name, win probability, outcome, guidance, its checklist
 * and its control points. The stage's tasks and gates become exactly these.
 *
 * @param outcome empty means {@link StageOutcome#OPEN}
 * @param tasks in order; a task with the id of one of the stage's tasks changes that task
 * (opportunities keep it ticked), one without an id is new, and a task left out is
 * removed from the stage and from the opportunities that ticked it
 */
public record SaveStage(
		@NotBlank(message = "{sales.process.error.stageNameRequired}") @Size(max = 200,
				message = "{sales.process.error.nameLength}") @Nullable String name,
		@NotNull(message = "{sales.process.error.probability}") @Min(value = 0,
				message = "{sales.process.error.probability}") @Max(value = 100,
						message = "{sales.process.error.probability}") @Nullable Integer probability,
		@Nullable StageOutcome outcome,
		@Size(max = 4000, message = "{sales.process.error.guidanceLength}") @Nullable String guidance,
		@Valid @Nullable List<Task> tasks, @Valid @Nullable List<Gate> gates) {

	public static SaveStage of(StageView stage) {
		return new SaveStage(stage.name(), stage.probability(), stage.outcome(), stage.guidance(),
				stage.tasks().stream().map(task -> new Task(task.id(), task.name(), task.required())).toList(),
				stage.gates().stream().map(gate -> new Gate(gate.kind(), gate.field(), gate.documentKind())).toList());
	}

	public StageOutcome outcomeOrOpen() {
		return outcome == null ? StageOutcome.OPEN : outcome;
	}

	public List<Task> taskList() {
		return tasks == null ? List.of() : tasks;
	}

	public List<Gate> gateList() {
		return gates == null ? List.of() : gates;
	}

	/** A checklist item; a required one is a control point. */
	public record Task(@Nullable Long id, @NotBlank(message = "{sales.process.error.taskNameRequired}") @Size(max = 300,
			message = "{sales.process.error.taskNameLength}") @Nullable String name, boolean required) {
	}

	/**
	 * A control point: {@code field} for {@link GateKind#FIELD}, {@code documentKind} for
	 * {@link GateKind#DOCUMENT}, neither for {@link GateKind#APPROVAL}.
	 */
	public record Gate(@NotNull(message = "{sales.process.error.gateKind}") @Nullable GateKind kind,
			@Nullable GateField field, @Nullable DocumentKind documentKind) {
	}

}
