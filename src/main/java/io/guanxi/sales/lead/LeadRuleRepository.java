package io.guanxi.sales.lead;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LeadRuleRepository extends JpaRepository<LeadRule, Long> {

	List<LeadRule> findAllByOrderBySortOrderAscIdAsc();

	List<LeadRule> findByActiveTrueOrderBySortOrderAscIdAsc();

	@Query("select coalesce(max(r.sortOrder), 0) from LeadRule r")
	int maxSortOrder();

}
