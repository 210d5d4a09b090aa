package io.guanxi.sales.internal;

import java.util.List;

import io.guanxi.sales.OpportunityStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OpportunityRepository extends JpaRepository<Opportunity, Long> {

	List<Opportunity> findByAccountIdOrderByCreatedAtDesc(long accountId);

	List<Opportunity> findByAccountIdAndStatus(long accountId, OpportunityStatus status);

	boolean existsByStageId(long stageId);

	boolean existsByProcessId(long processId);

}
