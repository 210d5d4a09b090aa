package io.guanxi.platform.api;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Idempotency keys per user, each claimed before the request runs and then given its
 * response.
 */
@Component
@Transactional(propagation = Propagation.REQUIRES_NEW)
class IdempotencyStore {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration retention;

	IdempotencyStore(JdbcClient jdbc, Clock clock, @Value("${guanxi.idempotency.retention}") Duration retention) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.retention = retention;
	}

	/** Claims the key for this request; false when it was claimed before. */
	boolean claim(long userId, String key, String requestHash) {
		int inserted = jdbc.sql("""
				insert into platform_idempotency_key (user_id, idem_key, request_hash, created_at)
				values (:user, :key, :hash, :now)
				on conflict do nothing
				""")
			.param("user", userId)
			.param("key", key)
			.param("hash", requestHash)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		return inserted == 1;
	}

	Optional<StoredResponse> find(long userId, String key) {
		return jdbc.sql("""
				select request_hash, status, content_type, location, body
				from platform_idempotency_key where user_id = :user and idem_key = :key
				""")
			.param("user", userId)
			.param("key", key)
			.query((rs, row) -> new StoredResponse(rs.getString("request_hash"), (Integer) rs.getObject("status"),
					rs.getString("content_type"), rs.getString("location"), rs.getString("body")))
			.optional();
	}

	void complete(long userId, String key, StoredResponse response) {
		jdbc.sql("""
				update platform_idempotency_key
				set status = :status, content_type = :type, location = :location, body = :body
				where user_id = :user and idem_key = :key
				""")
			.param("status", response.status())
			.param("type", response.contentType())
			.param("location", response.location())
			.param("body", response.body())
			.param("user", userId)
			.param("key", key)
			.update();
	}

	/** A failed request frees its key so that the client may retry it. */
	void release(long userId, String key) {
		jdbc.sql("delete from platform_idempotency_key where user_id = :user and idem_key = :key")
			.param("user", userId)
			.param("key", key)
			.update();
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@SchedulerLock(name = "platform.idempotency-cleanup")
	public void forgetOldKeys() {
		jdbc.sql("delete from platform_idempotency_key where created_at < :cutoff")
			.param("cutoff", clock.instant().minus(retention).atOffset(ZoneOffset.UTC))
			.update();
	}

	/**
	 * @param status null while the first request is still running
	 */
	record StoredResponse(String requestHash, @Nullable Integer status, @Nullable String contentType,
			@Nullable String location, @Nullable String body) {
	}

}
