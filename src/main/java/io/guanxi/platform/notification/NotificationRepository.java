package io.guanxi.platform.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

	boolean existsByUserIdAndKindAndSourceRef(long userId, String kind, String sourceRef);

	Optional<Notification> findByIdAndUserId(long id, long userId);

	List<Notification> findByUserIdOrderByCreatedAtDescIdDesc(long userId, Limit limit);

	/**
	 * The page after {@code (createdAt, id)} in newest-first order. The first
	 * {@code createdAt <= :createdAt} lets the index on (user_id, created_at, id) start
	 * there: with the OR alone PostgreSQL walks the user's newer notifications (50 ms
	 * instead of 0.1 ms, 100,000 deep).
	 */
	@Query("""
			select n from Notification n
			where n.userId = :userId and n.createdAt <= :createdAt
			  and (n.createdAt < :createdAt or n.id < :id)
			order by n.createdAt desc, n.id desc""")
	List<Notification> olderThan(@Param("userId") long userId, @Param("createdAt") Instant createdAt,
			@Param("id") long id, Limit limit);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Notification n set n.readAt = :at where n.userId = :userId and n.readAt is null")
	int markAllRead(@Param("userId") long userId, @Param("at") Instant at);

}
