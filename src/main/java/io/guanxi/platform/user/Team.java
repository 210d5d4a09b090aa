package io.guanxi.platform.user;

import io.guanxi.platform.TrackedEntity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "platform_team")
@Audited
class Team extends TrackedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "platform_team_seq")
	@SequenceGenerator(name = "platform_team_seq", sequenceName = "platform_team_seq", allocationSize = 50)
	private @Nullable Long id;

	private String name;

	private @Nullable String description;

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

}
