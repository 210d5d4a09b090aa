package io.guanxi.relationship.internal;

import java.util.Objects;

import io.guanxi.platform.TrackedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One of our users knows a contact, this well: 1 (met once) to 5 (close). */
@Entity
@Table(name = "relationship_user_tie")
public class UserTie extends TrackedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "relationship_user_tie_seq")
	@SequenceGenerator(name = "relationship_user_tie_seq", sequenceName = "relationship_user_tie_seq",
			allocationSize = 50)
	private @Nullable Long id;

	private long userId;

	private long contactId;

	private short strength;

	private @Nullable String note;

	protected UserTie() {
	}

	public UserTie(long userId, long contactId) {
		this.userId = userId;
		this.contactId = contactId;
	}

	public long id() {
		return Objects.requireNonNull(id, "not saved yet");
	}

	public long userId() {
		return userId;
	}

	public long contactId() {
		return contactId;
	}

	public int strength() {
		return strength;
	}

	public @Nullable String note() {
		return note;
	}

	public void describe(int strength, @Nullable String note) {
		this.strength = (short) strength;
		this.note = note;
	}

}
