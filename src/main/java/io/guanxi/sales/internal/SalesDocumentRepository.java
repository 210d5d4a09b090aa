package io.guanxi.sales.internal;

import java.util.List;

import io.guanxi.sales.DocumentKind;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SalesDocumentRepository extends JpaRepository<SalesDocument, Long> {

	boolean existsByOpportunityIdAndKind(long opportunityId, DocumentKind kind);

	List<SalesDocument> findByOpportunityIdOrderByUploadedAtDesc(long opportunityId);

}
