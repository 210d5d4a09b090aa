package io.guanxi.platform.user;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserRepository extends JpaRepository<User, Long> {

	Optional<User> findByUsername(String username);

	boolean existsByUsername(String username);

	@Query("select u from User u where lower(u.username) like :term or lower(u.displayName) like :term")
	Page<User> search(String term, Pageable pageable);

	List<User> findByIdInAndEnabledTrueOrderByDisplayName(Iterable<Long> ids);

	List<User> findByEnabledTrueOrderByDisplayName();

	List<User> findByTeamIdAndEnabledTrueOrderById(long teamId);

}
