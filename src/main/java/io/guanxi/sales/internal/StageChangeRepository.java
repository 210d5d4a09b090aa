package io.guanxi.sales.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StageChangeRepository extends JpaRepository<StageChange, Long> {

	List<StageChange> findByOpportunityIdOrderByChangedAtAscIdAsc(long opportunityId);

}
