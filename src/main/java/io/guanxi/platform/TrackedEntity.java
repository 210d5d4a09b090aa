package io.guanxi.platform;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * What every business entity carries: the optimistic-lock version (the API's ETag) and
 * when it was created and last changed. Not part of the audit trail, which records the
 * entity's own fields.
 */
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
public abstract class TrackedEntity {

	@Version
	private long version;

	@CreatedDate
	private @Nullable Instant createdAt;

	@LastModifiedDate
	private @Nullable Instant updatedAt;

	public long version() {
		return version;
	}

	public Instant createdAt() {
		return Objects.requireNonNull(createdAt, "not saved yet");
	}

	public Instant updatedAt() {
		return Objects.requireNonNull(updatedAt, "not saved yet");
	}

}
