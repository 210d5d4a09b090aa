package io.guanxi.relationship.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PersonnelChangeRepository extends JpaRepository<PersonnelChange, Long> {

	List<PersonnelChange> findByAccountIdOrderByEffectiveOnDescIdDesc(long accountId, Limit limit);

	List<PersonnelChange> findByContactIdOrderByEffectiveOnAscIdAsc(long contactId);

	/**
	 * The key people's changes other than joins since a day, newest first; served by the
	 * (account_id, effective_on) index.
	 */
	@Query("""
			select c from PersonnelChange c
			where c.accountId = :accountId and c.keyPerson = true and c.effectiveOn >= :since
			  and c.kind <> io.guanxi.relationship.ChangeKind.JOINED
			order by c.effectiveOn desc, c.id desc""")
	List<PersonnelChange> keyPersonChangesSince(@Param("accountId") long accountId, @Param("since") LocalDate since,
			Limit limit);

	List<PersonnelChange> findByAccountIdIn(Collection<Long> accountIds);

	List<PersonnelChange> findByNewAccountIdIn(Collection<Long> accountIds);

	List<PersonnelChange> findByContactIdIn(Collection<Long> contactIds);

}
