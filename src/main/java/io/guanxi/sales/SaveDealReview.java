package io.guanxi.sales;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What the team writes down in the post-close review (复盘) of a won or lost deal. */
public record SaveDealReview(
		@NotNull(message = "{sales.review.error.reasonRequired}") @Nullable WinLossReason reasonCategory,
		@Size(max = 500) @Nullable String reason, @Size(max = 4000) @Nullable String whatWorked,
		@Size(max = 4000) @Nullable String whatDidNot, @Size(max = 4000) @Nullable String lessons) {

	public static SaveDealReview blank() {
		return new SaveDealReview(null, null, null, null, null);
	}

}
