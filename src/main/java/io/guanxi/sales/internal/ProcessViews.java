package io.guanxi.sales.internal;

import io.guanxi.sales.ProcessView;
import io.guanxi.sales.StageView;
import io.guanxi.sales.StageView.GateView;
import io.guanxi.sales.StageView.TaskView;

/** Turns process entities into the views the rest of the module and others see. */
public final class ProcessViews {

	private ProcessViews() {
	}

	public static ProcessView of(SalesProcess process) {
		return new ProcessView(process.id(), process.name(), process.description(), process.productLine(),
				process.segment(), process.defaultProcess(), process.active(),
				process.stages().stream().map(ProcessViews::of).toList(), process.version());
	}

	public static StageView of(Stage stage) {
		return new StageView(stage.id(), stage.position(), stage.code(), stage.name(), stage.probability(),
				stage.outcome(), stage.guidance(),
				stage.tasks()
					.stream()
					.map(task -> new TaskView(task.id(), task.position(), task.code(), task.name(), task.required()))
					.toList(),
				stage.gates()
					.stream()
					.map(gate -> new GateView(gate.id(), gate.kind(), gate.field(), gate.documentKind()))
					.toList());
	}

}
