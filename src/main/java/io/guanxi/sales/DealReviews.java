package io.guanxi.sales;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.platform.UserDirectory;
import io.guanxi.sales.internal.DealReview;
import io.guanxi.sales.internal.DealReviewRepository;
import io.guanxi.sales.internal.OpportunityAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The post-close review (复盘) of a won or lost deal: what worked, what did not, the
 * lessons, and why it was won or lost. Whoever may read the deal reads its review;
 * whoever may change the deal writes it.
 */
@Service
@Transactional
public class DealReviews {

	static final String RECORD_TYPE = "dealReview";

	private final DealReviewRepository reviews;

	private final Opportunities opportunities;

	private final OpportunityAccess access;

	private final UserDirectory users;

	DealReviews(DealReviewRepository reviews, Opportunities opportunities, OpportunityAccess access,
			UserDirectory users) {
		this.reviews = reviews;
		this.opportunities = opportunities;
		this.access = access;
		this.users = users;
	}

	/** The deal's review, empty while nobody wrote one. */
	@Transactional(readOnly = true)
	public Optional<DealReviewView> of(long opportunityId) {
		opportunities.checkRead(opportunityId);
		return reviews.findByOpportunityId(opportunityId).map(this::view);
	}

	/**
	 * Writes the review of a closed deal. The first review needs no version; changing one
	 * needs the version it was based on.
	 */
	public DealReviewView save(long opportunityId, SaveDealReview command, @Nullable Long expectedVersion) {
		OpportunityView deal = opportunities.get(opportunityId);
		opportunities.checkChange(opportunityId);
		if (!deal.status().closed()) {
			throw new BusinessRuleException("sales.review.error.open");
		}
		DealReview review = reviews.findByOpportunityId(opportunityId).orElse(null);
		if (review == null) {
			review = new DealReview(opportunityId);
		}
		else if (expectedVersion == null || review.version() != expectedVersion) {
			throw new StaleVersionException(RECORD_TYPE, review.id(), expectedVersion == null ? -1 : expectedVersion,
					review.version());
		}
		review.record(deal.status(), Objects.requireNonNull(command.reasonCategory()), blankToNull(command.reason()),
				blankToNull(command.whatWorked()), blankToNull(command.whatDidNot()), blankToNull(command.lessons()),
				access.currentUser().id());
		return view(reviews.saveAndFlush(review));
	}

	private DealReviewView view(DealReview review) {
		Map<Long, String> names = review.reviewedBy() == null ? Map.of()
				: users.displayNames(Set.of(review.reviewedBy()));
		return new DealReviewView(review.opportunityId(), review.outcome(), review.reasonCategory(), review.reason(),
				review.whatWorked(), review.whatDidNot(), review.lessons(),
				review.reviewedBy() == null ? null : names.get(review.reviewedBy()), review.updatedAt(),
				review.version());
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
