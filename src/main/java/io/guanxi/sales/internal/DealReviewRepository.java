package io.guanxi.sales.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DealReviewRepository extends JpaRepository<DealReview, Long> {

	Optional<DealReview> findByOpportunityId(long opportunityId);

}
