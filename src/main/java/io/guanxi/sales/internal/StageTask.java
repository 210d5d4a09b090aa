package io.guanxi.sales.internal;

import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** An item of a stage's checklist; a required one is a control point. */
@Entity
@Table(name = "sales_stage_task")
public class StageTask {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_stage_task_seq")
	@SequenceGenerator(name = "sales_stage_task_seq", sequenceName = "sales_stage_task_seq", allocationSize = 50)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "stage_id")
	private @Nullable Stage stage;

	private int position;

	private @Nullable String code;

	private String name;

	private boolean required;

	protected StageTask() {
		this.name = "";
	}

	public StageTask(Stage stage, int position, String name, boolean required) {
		this.stage = stage;
		this.position = position;
		this.name = name;
		this.required = required;
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

	public boolean required() {
		return required;
	}

	/** Changes the item; a new name replaces the translated one of its code. */
	public void define(int position, String name, boolean required) {
		if (!name.equals(this.name)) {
			this.code = null;
		}
		this.position = position;
		this.name = name;
		this.required = required;
	}

	StageTask copyFor(Stage stage) {
		StageTask copy = new StageTask(stage, position, name, required);
		copy.code = code;
		return copy;
	}

}
