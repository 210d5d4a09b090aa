package io.guanxi.sales;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The post-close review (复盘) of a deal.
 *
 * @param outcome whether the deal was won or lost when the review was last saved
 */
public record DealReviewView(long opportunityId, OpportunityStatus outcome, WinLossReason reasonCategory,
		@Nullable String reason, @Nullable String whatWorked, @Nullable String whatDidNot, @Nullable String lessons,
		@Nullable String reviewedBy, Instant updatedAt, long version) {

	/** The review as a command, for an edit form that starts from what is stored. */
	public SaveDealReview toCommand() {
		return new SaveDealReview(reasonCategory, reason, whatWorked, whatDidNot, lessons);
	}

}
