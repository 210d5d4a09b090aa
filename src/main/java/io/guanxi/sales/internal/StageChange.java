package io.guanxi.sales.internal;

import java.time.Instant;
import java.util.Objects;

import io.guanxi.sales.OpportunityStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One move of an opportunity from a stage to another (or into its first stage). */
@Entity
@Table(name = "sales_stage_change")
public class StageChange {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_stage_change_seq")
	@SequenceGenerator(name = "sales_stage_change_seq", sequenceName = "sales_stage_change_seq", allocationSize = 50)
	private @Nullable Long id;

	private long opportunityId;

	private @Nullable Long fromStageId;

	private long toStageId;

	@Enumerated(EnumType.STRING)
	private OpportunityStatus status;

	private @Nullable Long changedBy;

	private Instant changedAt;

	protected StageChange() {
		this.status = OpportunityStatus.OPEN;
		this.changedAt = Instant.EPOCH;
	}

	public StageChange(long opportunityId, @Nullable Long fromStageId, long toStageId, OpportunityStatus status,
			@Nullable Long changedBy, Instant changedAt) {
		this.opportunityId = opportunityId;
		this.fromStageId = fromStageId;
		this.toStageId = toStageId;
		this.status = status;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	public long id() {
		return Objects.requireNonNull(id, "not saved yet");
	}

	public long opportunityId() {
		return opportunityId;
	}

	public @Nullable Long fromStageId() {
		return fromStageId;
	}

	public long toStageId() {
		return toStageId;
	}

	public OpportunityStatus status() {
		return status;
	}

	public @Nullable Long changedBy() {
		return changedBy;
	}

	public Instant changedAt() {
		return changedAt;
	}

}
