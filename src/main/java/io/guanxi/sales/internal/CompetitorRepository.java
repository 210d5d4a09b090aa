package io.guanxi.sales.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CompetitorRepository extends JpaRepository<Competitor, Long> {

	List<Competitor> findByOpportunityIdOrderById(long opportunityId);

	boolean existsByOpportunityId(long opportunityId);

}
