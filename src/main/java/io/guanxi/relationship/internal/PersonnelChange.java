package io.guanxi.relationship.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import io.guanxi.relationship.ChangeKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A recorded personnel change (人事变动): never changed once written. */
@Entity
@Table(name = "relationship_personnel_change")
public class PersonnelChange {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "relationship_personnel_change_seq")
	@SequenceGenerator(name = "relationship_personnel_change_seq", sequenceName = "relationship_personnel_change_seq",
			allocationSize = 50)
	private @Nullable Long id;

	private long contactId;

	private long accountId;

	@Enumerated(EnumType.STRING)
	private ChangeKind kind;

	private LocalDate effectiveOn;

	private @Nullable Long fromPositionId;

	private @Nullable Long toPositionId;

	private @Nullable Long newAccountId;

	private @Nullable String newCompanyName;

	private boolean keyPerson;

	private @Nullable String note;

	private @Nullable Long recordedBy;

	private Instant recordedAt;

	protected PersonnelChange() {
		this.kind = ChangeKind.JOINED;
		this.effectiveOn = LocalDate.EPOCH;
		this.recordedAt = Instant.EPOCH;
	}

	public PersonnelChange(long contactId, long accountId, ChangeKind kind, LocalDate effectiveOn,
			@Nullable Long fromPositionId, @Nullable Long toPositionId, boolean keyPerson, @Nullable String note,
			long recordedBy, Instant recordedAt) {
		this.contactId = contactId;
		this.accountId = accountId;
		this.kind = kind;
		this.effectiveOn = effectiveOn;
		this.fromPositionId = fromPositionId;
		this.toPositionId = toPositionId;
		this.keyPerson = keyPerson;
		this.note = note;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public long id() {
		return Objects.requireNonNull(id, "not saved yet");
	}

	public long contactId() {
		return contactId;
	}

	public long accountId() {
		return accountId;
	}

	public ChangeKind kind() {
		return kind;
	}

	public LocalDate effectiveOn() {
		return effectiveOn;
	}

	public @Nullable Long fromPositionId() {
		return fromPositionId;
	}

	public @Nullable Long toPositionId() {
		return toPositionId;
	}

	public @Nullable Long newAccountId() {
		return newAccountId;
	}

	public @Nullable String newCompanyName() {
		return newCompanyName;
	}

	public boolean keyPerson() {
		return keyPerson;
	}

	public @Nullable String note() {
		return note;
	}

	public @Nullable Long recordedBy() {
		return recordedBy;
	}

	public Instant recordedAt() {
		return recordedAt;
	}

	/** Where the person went, for a change of kind {@link ChangeKind#LEFT}. */
	public void wentTo(@Nullable Long newAccountId, @Nullable String newCompanyName) {
		this.newAccountId = newAccountId;
		this.newCompanyName = newCompanyName;
	}

	public void moveToAccount(long accountId) {
		this.accountId = accountId;
	}

	public void moveToContact(long contactId) {
		this.contactId = contactId;
	}

	public void newAccountMerged(long survivorId) {
		this.newAccountId = survivorId;
	}

}
