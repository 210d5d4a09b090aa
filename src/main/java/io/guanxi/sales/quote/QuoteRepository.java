package io.guanxi.sales.quote;

import java.util.Collection;
import java.util.List;

import io.guanxi.sales.QuoteStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface QuoteRepository extends JpaRepository<Quote, Long> {

	List<Quote> findByAccountIdOrderByCreatedAtDescIdDesc(long accountId, Limit limit);

	List<Quote> findByOpportunityIdOrderByCreatedAtDescIdDesc(long opportunityId, Limit limit);

	/**
	 * Quotes of any owner ({@code everyone}) or of {@code ownerIds}, in a status or all.
	 */
	@Query("""
			select q from Quote q
			where (:everyone = true or q.ownerId in :ownerIds)
			  and (:status is null or q.status = :status)""")
	Page<Quote> page(boolean everyone, Collection<Long> ownerIds, @Nullable QuoteStatus status, Pageable pageable);

	/**
	 * Quotes waiting for approval whose owner is one of {@code ownerIds}, but not
	 * {@code approverId}.
	 */
	@Query("""
			select q from Quote q
			where q.status = io.guanxi.sales.QuoteStatus.PENDING_APPROVAL
			  and (:everyone = true or q.ownerId in :ownerIds) and q.ownerId <> :approverId""")
	Page<Quote> awaiting(boolean everyone, Collection<Long> ownerIds, long approverId, Pageable pageable);

}
