package io.guanxi.relationship.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UserTieRepository extends JpaRepository<UserTie, Long> {

	List<UserTie> findByContactId(long contactId);

	List<UserTie> findByUserId(long userId);

	Optional<UserTie> findByUserIdAndContactId(long userId, long contactId);

}
