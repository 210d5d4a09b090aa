package io.guanxi.sales.registration;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface DealRegistrationRepository extends JpaRepository<DealRegistration, Long> {

	Optional<DealRegistration> findByOpportunityId(long opportunityId);

	List<DealRegistration> findByOpportunityIdIn(Collection<Long> opportunityIds);

	/** Open registrations whose time ran out, oldest first, a batch at a time. */
	List<DealRegistration> findByStatusInAndProtectedUntilLessThanEqualOrderByProtectedUntil(
			Collection<RegistrationStatus> statuses, Instant now, Limit limit);

}
