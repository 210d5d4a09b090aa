package io.guanxi.relationship.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonnelChangeRepository extends JpaRepository<PersonnelChange, Long> {

	List<PersonnelChange> findByAccountIdOrderByEffectiveOnDescIdDesc(long accountId, Limit limit);

	List<PersonnelChange> findByContactIdOrderByEffectiveOnAscIdAsc(long contactId);

	List<PersonnelChange> findByAccountIdIn(Collection<Long> accountIds);

	List<PersonnelChange> findByNewAccountIdIn(Collection<Long> accountIds);

	List<PersonnelChange> findByContactIdIn(Collection<Long> contactIds);

}
