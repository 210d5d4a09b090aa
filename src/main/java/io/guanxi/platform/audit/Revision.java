package io.guanxi.platform.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;
import org.jspecify.annotations.Nullable;

/** One Envers revision: a transaction that changed audited records, and who made it. */
@Entity
@Table(name = "platform_revision")
@RevisionEntity(RevisionAuthor.class)
class Revision {

	@Id
	@RevisionNumber
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "platform_revision_seq")
	@SequenceGenerator(name = "platform_revision_seq", sequenceName = "platform_revision_seq", allocationSize = 50)
	private long id;

	@RevisionTimestamp
	@Column(name = "revision_time")
	private long timestamp;

	private @Nullable Long userId;

	private @Nullable String username;

	void madeBy(@Nullable Long userId, @Nullable String username) {
		this.userId = userId;
		this.username = username;
	}

	long id() {
		return id;
	}

	Instant at() {
		return Instant.ofEpochMilli(timestamp);
	}

	@Nullable String username() {
		return username;
	}

}
