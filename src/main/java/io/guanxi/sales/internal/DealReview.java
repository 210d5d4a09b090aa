package io.guanxi.sales.internal;

import java.util.Objects;

import io.guanxi.platform.TrackedEntity;
import io.guanxi.sales.OpportunityStatus;
import io.guanxi.sales.WinLossReason;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** The post-close review (复盘) of a won or lost opportunity; one per opportunity. */
@Entity
@Table(name = "sales_deal_review")
public class DealReview extends TrackedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_deal_review_seq")
	@SequenceGenerator(name = "sales_deal_review_seq", sequenceName = "sales_deal_review_seq", allocationSize = 50)
	private @Nullable Long id;

	private long opportunityId;

	@Enumerated(EnumType.STRING)
	private OpportunityStatus outcome;

	@Enumerated(EnumType.STRING)
	private WinLossReason reasonCategory;

	private @Nullable String reason;

	private @Nullable String whatWorked;

	private @Nullable String whatDidNot;

	private @Nullable String lessons;

	private @Nullable Long reviewedBy;

	protected DealReview() {
		this.outcome = OpportunityStatus.WON;
		this.reasonCategory = WinLossReason.OTHER;
	}

	public DealReview(long opportunityId) {
		this();
		this.opportunityId = opportunityId;
	}

	public long id() {
		return Objects.requireNonNull(id, "not saved yet");
	}

	public long opportunityId() {
		return opportunityId;
	}

	public OpportunityStatus outcome() {
		return outcome;
	}

	public WinLossReason reasonCategory() {
		return reasonCategory;
	}

	public @Nullable String reason() {
		return reason;
	}

	public @Nullable String whatWorked() {
		return whatWorked;
	}

	public @Nullable String whatDidNot() {
		return whatDidNot;
	}

	public @Nullable String lessons() {
		return lessons;
	}

	public @Nullable Long reviewedBy() {
		return reviewedBy;
	}

	/** Records the review of a closed deal, by whom. */
	public void record(OpportunityStatus outcome, WinLossReason reasonCategory, @Nullable String reason,
			@Nullable String whatWorked, @Nullable String whatDidNot, @Nullable String lessons, long userId) {
		if (!outcome.closed()) {
			throw new IllegalArgumentException("only a closed deal is reviewed");
		}
		this.outcome = outcome;
		this.reasonCategory = reasonCategory;
		this.reason = reason;
		this.whatWorked = whatWorked;
		this.whatDidNot = whatDidNot;
		this.lessons = lessons;
		this.reviewedBy = userId;
	}

}
