package io.guanxi.sales.lead;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface LeadRepository extends JpaRepository<Lead, Long> {

	/**
	 * The lead, locked until the transaction ends: two conversions of one lead run one
	 * after the other, and the second finds it converted.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select l from Lead l where l.id = :id")
	Optional<Lead> findLocked(long id);

	List<Lead> findByConvertedAccountId(long accountId);

	List<Lead> findByConvertedContactId(long contactId);

}
