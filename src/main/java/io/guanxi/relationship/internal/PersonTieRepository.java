package io.guanxi.relationship.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonTieRepository extends JpaRepository<PersonTie, Long> {

	List<PersonTie> findByFromContactIdOrToContactId(long fromContactId, long toContactId);

}
