package io.guanxi.relationship.internal;

import java.time.LocalDate;
import java.util.Objects;

import io.guanxi.platform.TrackedEntity;
import io.guanxi.relationship.BuyingRole;
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
 * A contact's position at an account from {@code validFrom} (inclusive) to
 * {@code validTo} (exclusive; null while it lasts). A personnel change ends a position
 * and opens another instead of changing it, so the history stays.
 */
@Entity
@Table(name = "relationship_position")
public class Position extends TrackedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "relationship_position_seq")
	@SequenceGenerator(name = "relationship_position_seq", sequenceName = "relationship_position_seq",
			allocationSize = 50)
	private @Nullable Long id;

	private long contactId;

	private long accountId;

	private @Nullable Long departmentId;

	private String title;

	private @Nullable Long reportsToContactId;

	@Enumerated(EnumType.STRING)
	private @Nullable BuyingRole buyingRole;

	private LocalDate validFrom;

	private @Nullable LocalDate validTo;

	protected Position() {
		this.title = "";
		this.validFrom = LocalDate.EPOCH;
	}

	public Position(long contactId, long accountId, PositionTerms terms, LocalDate validFrom,
			@Nullable LocalDate validTo) {
		this.contactId = contactId;
		this.accountId = accountId;
		this.validFrom = validFrom;
		this.validTo = validTo;
		this.title = terms.title();
		describe(terms);
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

	public @Nullable Long departmentId() {
		return departmentId;
	}

	public String title() {
		return title;
	}

	public @Nullable Long reportsToContactId() {
		return reportsToContactId;
	}

	public @Nullable BuyingRole buyingRole() {
		return buyingRole;
	}

	public LocalDate validFrom() {
		return validFrom;
	}

	public @Nullable LocalDate validTo() {
		return validTo;
	}

	public boolean heldOn(LocalDate day) {
		return !validFrom.isAfter(day) && (validTo == null || validTo.isAfter(day));
	}

	/**
	 * Whether the position's period shares a day with the one from {@code from} to
	 * {@code to}.
	 */
	public boolean overlaps(LocalDate from, @Nullable LocalDate to) {
		return (to == null || validFrom.isBefore(to)) && (validTo == null || validTo.isAfter(from));
	}

	/** Corrects what was recorded wrongly; a real change is a new position instead. */
	public void describe(PositionTerms terms) {
		this.title = terms.title();
		this.departmentId = terms.departmentId();
		this.reportsToContactId = terms.reportsToContactId();
		this.buyingRole = terms.buyingRole();
	}

	public void endOn(LocalDate day) {
		this.validTo = day;
	}

	public void moveToAccount(long accountId) {
		this.accountId = accountId;
	}

	public void moveToContact(long contactId) {
		this.contactId = contactId;
	}

	public void reportTo(@Nullable Long reportsToContactId) {
		this.reportsToContactId = reportsToContactId;
	}

}
