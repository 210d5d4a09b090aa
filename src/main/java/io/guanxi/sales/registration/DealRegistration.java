package io.guanxi.sales.registration;

import java.time.Instant;
import java.util.Objects;

import io.guanxi.platform.TrackedEntity;
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
 * An opportunity's registration (商机报备): which product it claims, who registered it and
 * when, how long it is protected, and the manager's decision. Registering again after a
 * rejection or expiry starts it over.
 */
@Entity
@Table(name = "sales_registration")
public class DealRegistration extends TrackedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_registration_seq")
	@SequenceGenerator(name = "sales_registration_seq", sequenceName = "sales_registration_seq", allocationSize = 50)
	private @Nullable Long id;

	private long opportunityId;

	@Enumerated(EnumType.STRING)
	private RegistrationStatus status;

	private @Nullable String product;

	private @Nullable String productLine;

	private @Nullable String note;

	private long registeredBy;

	private Instant registeredAt;

	private Instant protectedUntil;

	private @Nullable Long decidedBy;

	private @Nullable Instant decidedAt;

	private @Nullable String decisionNote;

	protected DealRegistration() {
		this.status = RegistrationStatus.PENDING;
		this.registeredAt = Instant.EPOCH;
		this.protectedUntil = Instant.EPOCH;
	}

	DealRegistration(long opportunityId) {
		this();
		this.opportunityId = opportunityId;
	}

	public long id() {
		return Objects.requireNonNull(id, "not saved yet");
	}

	public long opportunityId() {
		return opportunityId;
	}

	/** The status as of {@code now}: an open one whose time has run out has expired. */
	public RegistrationStatus statusAt(Instant now) {
		return status.open() && !protectedUntil.isAfter(now) ? RegistrationStatus.EXPIRED : status;
	}

	public RegistrationStatus status() {
		return status;
	}

	public @Nullable String product() {
		return product;
	}

	public @Nullable String productLine() {
		return productLine;
	}

	public @Nullable String note() {
		return note;
	}

	public long registeredBy() {
		return registeredBy;
	}

	public Instant registeredAt() {
		return registeredAt;
	}

	public Instant protectedUntil() {
		return protectedUntil;
	}

	public @Nullable Long decidedBy() {
		return decidedBy;
	}

	public @Nullable Instant decidedAt() {
		return decidedAt;
	}

	public @Nullable String decisionNote() {
		return decisionNote;
	}

	/** Registers (again): waiting for a decision until {@code until}. */
	void register(@Nullable String product, @Nullable String productLine, @Nullable String note, long userId,
			Instant now, Instant until) {
		this.status = RegistrationStatus.PENDING;
		this.product = product;
		this.productLine = productLine;
		this.note = note;
		this.registeredBy = userId;
		this.registeredAt = now;
		this.protectedUntil = until;
		this.decidedBy = null;
		this.decidedAt = null;
		this.decisionNote = null;
	}

	/** Approved, the claim is protected until {@code until}. */
	void approve(long userId, @Nullable String note, Instant now, Instant until) {
		decide(RegistrationStatus.APPROVED, userId, note, now);
		this.protectedUntil = until;
	}

	void reject(long userId, String note, Instant now) {
		decide(RegistrationStatus.REJECTED, userId, note, now);
	}

	void expire() {
		this.status = RegistrationStatus.EXPIRED;
	}

	private void decide(RegistrationStatus decision, long userId, @Nullable String note, Instant now) {
		this.status = decision;
		this.decidedBy = userId;
		this.decidedAt = now;
		this.decisionNote = note;
	}

}
