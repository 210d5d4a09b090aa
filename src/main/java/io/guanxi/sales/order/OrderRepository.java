package io.guanxi.sales.order;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.guanxi.sales.OrderStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrderRepository extends JpaRepository<SalesOrder, Long> {

	List<SalesOrder> findByAccountIdOrderByOrderedOnDescIdDesc(long accountId, Limit limit);

	List<SalesOrder> findByOpportunityIdOrderByOrderedOnDescIdDesc(long opportunityId, Limit limit);

	Optional<SalesOrder> findByQuoteId(long quoteId);

	@Query("""
			select o from SalesOrder o
			where (:everyone = true or o.ownerId in :ownerIds)
			  and (:status is null or o.status = :status)""")
	Page<SalesOrder> page(boolean everyone, Collection<Long> ownerIds, @Nullable OrderStatus status, Pageable pageable);

}
