package io.guanxi.sales.internal;

import java.util.Objects;

import io.guanxi.sales.DocumentKind;
import io.guanxi.sales.GateField;
import io.guanxi.sales.GateKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A control point of a stage: a field, a document or a manager's approval. */
@Entity
@Table(name = "sales_stage_gate")
public class StageGate {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_stage_gate_seq")
	@SequenceGenerator(name = "sales_stage_gate_seq", sequenceName = "sales_stage_gate_seq", allocationSize = 50)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "stage_id")
	private @Nullable Stage stage;

	@Enumerated(EnumType.STRING)
	private GateKind kind;

	@Enumerated(EnumType.STRING)
	private @Nullable GateField field;

	@Enumerated(EnumType.STRING)
	private @Nullable DocumentKind documentKind;

	protected StageGate() {
		this.kind = GateKind.FIELD;
	}

	public StageGate(Stage stage, GateKind kind, @Nullable GateField field, @Nullable DocumentKind documentKind) {
		this.stage = stage;
		this.kind = kind;
		this.field = field;
		this.documentKind = documentKind;
	}

	public long id() {
		return Objects.requireNonNull(id, "not saved yet");
	}

	public GateKind kind() {
		return kind;
	}

	public @Nullable GateField field() {
		return field;
	}

	public @Nullable DocumentKind documentKind() {
		return documentKind;
	}

}
