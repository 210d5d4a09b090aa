package io.guanxi.sales;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A stage of a process with its checklist and control points.
 *
 * @param code names the stage in translations ({@code sales.stage.<code>}) when set
 */
public record StageView(long id, int position, @Nullable String code, String name, int probability,
		StageOutcome outcome, @Nullable String guidance, List<TaskView> tasks, List<GateView> gates) {

	public boolean won() {
		return outcome == StageOutcome.WON;
	}

	/**
	 * A checklist item; {@code code} names it in translations
	 * ({@code sales.task.<code>}).
	 */
	public record TaskView(long id, int position, @Nullable String code, String name, boolean required) {
	}

	/** A control point other than a required task. */
	public record GateView(long id, GateKind kind, @Nullable GateField field, @Nullable DocumentKind documentKind) {
	}

}
