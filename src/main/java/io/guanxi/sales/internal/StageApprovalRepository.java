package io.guanxi.sales.internal;

import java.util.List;

import io.guanxi.sales.ApprovalStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StageApprovalRepository extends JpaRepository<StageApproval, Long> {

	List<StageApproval> findByOpportunityIdOrderByRequestedAtDesc(long opportunityId);

	boolean existsByOpportunityIdAndStageIdAndStatus(long opportunityId, long stageId, ApprovalStatus status);

	List<StageApproval> findByStatusOrderByRequestedAt(ApprovalStatus status);

}
