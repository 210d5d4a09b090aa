package io.guanxi.sales.pipeline;

import java.util.List;

import io.guanxi.sales.ProcessView;
import io.guanxi.sales.StageView;
import org.jspecify.annotations.Nullable;

/**
 * A stage to filter the table by; with several processes in use, the process's name tells
 * stages of the same name apart.
 *
 * @param process the process's name where several processes are offered, else empty
 */
record StageChoice(long id, StageView stage, @Nullable String process) {

	/** The stages of the chosen process, or of every active process. */
	static List<StageChoice> of(List<ProcessView> processes, @Nullable Long chosen) {
		List<ProcessView> shown = processes.stream()
			.filter(process -> chosen == null || process.id() == chosen)
			.toList();
		boolean named = shown.size() > 1;
		return shown.stream()
			.flatMap(process -> process.stages()
				.stream()
				.map(stage -> new StageChoice(stage.id(), stage, named ? process.name() : null)))
			.toList();
	}

}
