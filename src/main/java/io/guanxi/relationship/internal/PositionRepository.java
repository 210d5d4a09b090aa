package io.guanxi.relationship.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PositionRepository extends JpaRepository<Position, Long> {

	@Query("""
			select p from Position p where p.accountId = :accountId and p.validFrom <= :day
			and (p.validTo is null or p.validTo > :day)""")
	List<Position> heldAt(long accountId, LocalDate day);

	List<Position> findByContactIdOrderByValidFromAscIdAsc(long contactId);

	List<Position> findByContactIdAndAccountId(long contactId, long accountId);

	List<Position> findByAccountIdAndContactIdIn(long accountId, Collection<Long> contactIds);

	List<Position> findByAccountIdIn(Collection<Long> accountIds);

	List<Position> findByContactIdIn(Collection<Long> contactIds);

	List<Position> findByReportsToContactIdIn(Collection<Long> contactIds);

	long countByAccountIdIn(Collection<Long> accountIds);

	long countByDepartmentId(long departmentId);

	@Query("select min(p.validFrom) from Position p where p.accountId = :accountId")
	@Nullable LocalDate firstDayAt(long accountId);

}
