package io.guanxi.sales.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.guanxi.platform.TrackedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A sales process template (销售流程): its ordered stages and where it applies. */
@Entity
@Table(name = "sales_process")
public class SalesProcess extends TrackedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_process_seq")
	@SequenceGenerator(name = "sales_process_seq", sequenceName = "sales_process_seq", allocationSize = 50)
	private @Nullable Long id;

	private String name;

	private @Nullable String description;

	private @Nullable String productLine;

	private @Nullable String segment;

	@Column(name = "is_default")
	private boolean defaultProcess;

	private boolean active;

	@OneToMany(mappedBy = "process", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Stage> stages = new ArrayList<>();

	protected SalesProcess() {
		this.name = "";
	}

	public SalesProcess(String name) {
		this.name = name;
		this.active = true;
	}

	public long id() {
		return Objects.requireNonNull(id, "not saved yet");
	}

	public String name() {
		return name;
	}

	public @Nullable String description() {
		return description;
	}

	public @Nullable String productLine() {
		return productLine;
	}

	public @Nullable String segment() {
		return segment;
	}

	public boolean defaultProcess() {
		return defaultProcess;
	}

	public boolean active() {
		return active;
	}

	public List<Stage> stages() {
		return stages;
	}

	public void describe(String name, @Nullable String description, @Nullable String productLine,
			@Nullable String segment, boolean active) {
		this.name = name;
		this.description = description;
		this.productLine = productLine;
		this.segment = segment;
		this.active = active;
	}

	public void makeDefault(boolean defaultProcess) {
		this.defaultProcess = defaultProcess;
	}

	public Stage stage(long stageId) {
		return stages.stream().filter(stage -> stage.id() == stageId).findFirst().orElseThrow();
	}

	public Stage firstStage() {
		return stages.get(0);
	}

}
