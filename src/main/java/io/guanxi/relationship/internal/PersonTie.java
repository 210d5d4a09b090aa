package io.guanxi.relationship.internal;

import java.time.LocalDate;
import java.util.Objects;

import io.guanxi.platform.TrackedEntity;
import io.guanxi.relationship.PersonTieKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * How two contacts know each other (from is the … of to), and how well: 1 (barely) to 5.
 */
@Entity
@Table(name = "relationship_person_tie")
public class PersonTie extends TrackedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "relationship_person_tie_seq")
	@SequenceGenerator(name = "relationship_person_tie_seq", sequenceName = "relationship_person_tie_seq",
			allocationSize = 50)
	private @Nullable Long id;

	private long fromContactId;

	private long toContactId;

	@Enumerated(EnumType.STRING)
	private PersonTieKind kind;

	private short strength;

	private @Nullable LocalDate validFrom;

	private @Nullable LocalDate validTo;

	private @Nullable String note;

	protected PersonTie() {
		this.kind = PersonTieKind.FRIEND;
	}

	public PersonTie(long fromContactId, long toContactId) {
		this.fromContactId = fromContactId;
		this.toContactId = toContactId;
		this.kind = PersonTieKind.FRIEND;
	}

	public long id() {
		return Objects.requireNonNull(id, "not saved yet");
	}

	public long fromContactId() {
		return fromContactId;
	}

	public long toContactId() {
		return toContactId;
	}

	public PersonTieKind kind() {
		return kind;
	}

	public int strength() {
		return strength;
	}

	public @Nullable LocalDate validFrom() {
		return validFrom;
	}

	public @Nullable LocalDate validTo() {
		return validTo;
	}

	public @Nullable String note() {
		return note;
	}

	public void describe(PersonTieKind kind, int strength, @Nullable LocalDate validFrom, @Nullable LocalDate validTo,
			@Nullable String note) {
		this.kind = kind;
		this.strength = (short) strength;
		this.validFrom = validFrom;
		this.validTo = validTo;
		this.note = note;
	}

}
