package io.guanxi.sales.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.guanxi.sales.StageOutcome;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One stage of a process: its win probability, guidance, checklist and control points.
 */
@Entity
@Table(name = "sales_stage")
public class Stage {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_stage_seq")
	@SequenceGenerator(name = "sales_stage_seq", sequenceName = "sales_stage_seq", allocationSize = 50)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "process_id")
	private @Nullable SalesProcess process;

	private int position;

	private @Nullable String code;

	private String name;

	private int probability;

	@Enumerated(EnumType.STRING)
	private StageOutcome outcome;

	private @Nullable String guidance;

	@OneToMany(mappedBy = "stage", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<StageTask> tasks = new ArrayList<>();

	@OneToMany(mappedBy = "stage", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<StageGate> gates = new ArrayList<>();

	protected Stage() {
		this.name = "";
		this.outcome = StageOutcome.OPEN;
	}

	public Stage(SalesProcess process, int position, String name, int probability, StageOutcome outcome) {
		this.process = process;
		this.position = position;
		this.name = name;
		this.probability = probability;
		this.outcome = outcome;
	}

	public long id() {
		return Objects.requireNonNull(id, "not saved yet");
	}

	public int position() {
		return position;
	}

	public @Nullable String code() {
		return code;
	}

	public String name() {
		return name;
	}

	public int probability() {
		return probability;
	}

	public StageOutcome outcome() {
		return outcome;
	}

	public @Nullable String guidance() {
		return guidance;
	}

	public List<StageTask> tasks() {
		return tasks;
	}

	public List<StageGate> gates() {
		return gates;
	}

	public void describe(int position, String name, int probability, StageOutcome outcome, @Nullable String guidance) {
		this.position = position;
		this.name = name;
		this.probability = probability;
		this.outcome = outcome;
		this.guidance = guidance;
	}

	/**
	 * Changes what an admin defines. A new name replaces the translated name of the
	 * default process's stage, so that every language shows what the admin typed.
	 */
	public void define(String name, int probability, StageOutcome outcome, @Nullable String guidance) {
		if (!name.equals(this.name)) {
			this.code = null;
		}
		describe(position, name, probability, outcome, guidance);
	}

	public void moveTo(int position) {
		this.position = position;
	}

	/** A copy of the stage with its checklist and control points, for another process. */
	public Stage copyFor(SalesProcess process) {
		Stage copy = new Stage(process, position, name, probability, outcome);
		copy.code = code;
		copy.guidance = guidance;
		tasks.forEach(task -> copy.tasks.add(task.copyFor(copy)));
		gates.forEach(gate -> copy.gates.add(new StageGate(copy, gate.kind(), gate.field(), gate.documentKind())));
		return copy;
	}

}
