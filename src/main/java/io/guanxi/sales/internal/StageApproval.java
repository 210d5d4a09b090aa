package io.guanxi.sales.internal;

import java.time.Instant;
import java.util.Objects;

import io.guanxi.sales.ApprovalStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A request that a manager approve an opportunity leaving a stage with an approval gate.
 */
@Entity
@Table(name = "sales_stage_approval")
public class StageApproval {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_stage_approval_seq")
	@SequenceGenerator(name = "sales_stage_approval_seq", sequenceName = "sales_stage_approval_seq",
			allocationSize = 50)
	private @Nullable Long id;

	private long opportunityId;

	private long stageId;

	@Enumerated(EnumType.STRING)
	private ApprovalStatus status;

	private long requestedBy;

	private Instant requestedAt;

	private @Nullable Long decidedBy;

	private @Nullable Instant decidedAt;

	private @Nullable String note;

	protected StageApproval() {
		this.status = ApprovalStatus.PENDING;
		this.requestedAt = Instant.EPOCH;
	}

	public StageApproval(long opportunityId, long stageId, long requestedBy, Instant requestedAt) {
		this.opportunityId = opportunityId;
		this.stageId = stageId;
		this.status = ApprovalStatus.PENDING;
		this.requestedBy = requestedBy;
		this.requestedAt = requestedAt;
	}

	public long id() {
		return Objects.requireNonNull(id, "not saved yet");
	}

	public long opportunityId() {
		return opportunityId;
	}

	public long stageId() {
		return stageId;
	}

	public ApprovalStatus status() {
		return status;
	}

	public long requestedBy() {
		return requestedBy;
	}

	public Instant requestedAt() {
		return requestedAt;
	}

	public @Nullable Long decidedBy() {
		return decidedBy;
	}

	public @Nullable Instant decidedAt() {
		return decidedAt;
	}

	public @Nullable String note() {
		return note;
	}

	public void decide(ApprovalStatus decision, long userId, @Nullable String note, Instant now) {
		this.status = decision;
		this.decidedBy = userId;
		this.note = note;
		this.decidedAt = now;
	}

}
