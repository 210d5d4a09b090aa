package io.guanxi.sales.contract;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.guanxi.sales.ContractStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ContractRepository extends JpaRepository<Contract, Long> {

	List<Contract> findByAccountIdOrderByStartDateDescIdDesc(long accountId, Limit limit);

	List<Contract> findByOpportunityIdOrderByStartDateDescIdDesc(long opportunityId, Limit limit);

	Optional<Contract> findByNumberIgnoreCase(String number);

	Optional<Contract> findFirstByQuoteIdOrderByIdAsc(long quoteId);

	@Query("""
			select c from Contract c
			where (:everyone = true or c.ownerId in :ownerIds)
			  and (:status is null or c.status = :status)""")
	Page<Contract> page(boolean everyone, Collection<Long> ownerIds, @Nullable ContractStatus status,
			Pageable pageable);

	/** Active contracts whose end date lies before {@code today}. */
	@Query("""
			select c from Contract c
			where c.status = io.guanxi.sales.ContractStatus.ACTIVE and c.endDate < :today""")
	List<Contract> ended(LocalDate today, Limit limit);

}
