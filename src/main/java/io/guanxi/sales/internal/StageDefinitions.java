package io.guanxi.sales.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.guanxi.platform.BusinessRuleException;
import io.guanxi.sales.DocumentKind;
import io.guanxi.sales.GateField;
import io.guanxi.sales.GateKind;
import io.guanxi.sales.SaveStage;
import io.guanxi.sales.StageOutcome;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Applies what an admin entered to a stage, and keeps the rules of a process's shape: one
 * won stage, last, after at least one open stage.
 */
@Component
public class StageDefinitions {

	private final StageUsage usage;

	StageDefinitions(StageUsage usage) {
		this.usage = usage;
	}

	/** Makes the stage, its checklist and its control points what the command says. */
	public void apply(Stage stage, SaveStage command) {
		List<ControlPoint> gates = controlPoints(command.gateList());
		stage.define(Objects.requireNonNull(command.name()).strip(), Objects.requireNonNull(command.probability()),
				command.outcomeOrOpen(), blankToNull(command.guidance()));
		applyTasks(stage, command.taskList());
		stage.gates().removeIf(gate -> !gates.contains(ControlPoint.of(gate)));
		gates.stream()
			.filter(point -> stage.gates().stream().noneMatch(gate -> ControlPoint.of(gate).equals(point)))
			.forEach(point -> stage.gates().add(new StageGate(stage, point.kind(), point.field(), point.document())));
	}

	/** Refuses an order of stages that breaks the shape of a process. */
	public static void checkShape(List<Stage> order) {
		long won = order.stream().filter(stage -> stage.outcome() == StageOutcome.WON).count();
		if (won != 1 || order.get(order.size() - 1).outcome() != StageOutcome.WON) {
			throw new BusinessRuleException("sales.process.error.won");
		}
		if (order.size() < 2) {
			throw new BusinessRuleException("sales.process.error.openStageRequired");
		}
	}

	public static List<Stage> ordered(SalesProcess process) {
		return process.stages().stream().sorted(Comparator.comparingInt(Stage::position)).toList();
	}

	private void applyTasks(Stage stage, List<SaveStage.Task> tasks) {
		Map<Long, StageTask> existing = stage.tasks()
			.stream()
			.collect(Collectors.toMap(StageTask::id, Function.identity()));
		List<StageTask> kept = new ArrayList<>();
		for (int i = 0; i < tasks.size(); i++) {
			SaveStage.Task task = tasks.get(i);
			String name = Objects.requireNonNull(task.name()).strip();
			if (task.id() == null) {
				kept.add(new StageTask(stage, i + 1, name, task.required()));
				continue;
			}
			StageTask current = existing.get(task.id());
			if (current == null || kept.contains(current)) {
				throw new BusinessRuleException("sales.process.error.taskNotInStage");
			}
			current.define(i + 1, name, task.required());
			kept.add(current);
		}
		existing.values().stream().filter(task -> !kept.contains(task)).forEach(task -> usage.forgetTask(task.id()));
		stage.tasks().retainAll(kept);
		kept.stream().filter(task -> !stage.tasks().contains(task)).forEach(stage.tasks()::add);
		stage.tasks().sort(Comparator.comparingInt(StageTask::position));
	}

	/**
	 * The control points entered, each once, with what its kind does not use left out.
	 */
	private static List<ControlPoint> controlPoints(List<SaveStage.Gate> gates) {
		Set<ControlPoint> points = new LinkedHashSet<>();
		for (SaveStage.Gate gate : gates) {
			GateKind kind = Objects.requireNonNull(gate.kind());
			if (kind == GateKind.FIELD && gate.field() == null) {
				throw new BusinessRuleException("sales.process.error.gateField");
			}
			if (kind == GateKind.DOCUMENT && gate.documentKind() == null) {
				throw new BusinessRuleException("sales.process.error.gateDocument");
			}
			points.add(new ControlPoint(kind, kind == GateKind.FIELD ? gate.field() : null,
					kind == GateKind.DOCUMENT ? gate.documentKind() : null));
		}
		return List.copyOf(points);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private record ControlPoint(GateKind kind, @Nullable GateField field, @Nullable DocumentKind document) {

		static ControlPoint of(StageGate gate) {
			return new ControlPoint(gate.kind(), gate.field(), gate.documentKind());
		}

	}

}
