package io.guanxi.platform.user;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

@Entity
@Table(name = "platform_team")
@Audited
@EntityListeners(AuditingEntityListener.class)
class Team {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "platform_team_seq")
	@SequenceGenerator(name = "platform_team_seq", sequenceName = "platform_team_seq", allocationSize = 50)
	private @Nullable Long id;

	private String name;

	private @Nullable String description;

	@Version
	private long version;

	@NotAudited
	@CreatedDate
	private @Nullable Instant createdAt;

	@NotAudited
	@LastModifiedDate
	private @Nullable Instant updatedAt;

	protected Team() {
		this.name = "";
	}

	Team(String name, @Nullable String description) {
		this.name = name;
		this.description = description;
	}

	void rename(String name, @Nullable String description) {
		this.name = name;
		this.description = description;
	}

	long id() {
		return java.util.Objects.requireNonNull(id, "team not saved yet");
	}

	String name() {
		return name;
	}

	@Nullable String description() {
		return description;
	}

	long version() {
		return version;
	}

}
