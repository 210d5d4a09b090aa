package io.guanxi.relationship.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import io.guanxi.platform.TrackedEntity;
import io.guanxi.relationship.CompanyLinkKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A typed, directed, dated link between two accounts: from is the … of to. */
@Entity
@Table(name = "relationship_company_link")
public class CompanyLink extends TrackedEntity {

	private static final BigDecimal MAJORITY = BigDecimal.valueOf(50);

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "relationship_company_link_seq")
	@SequenceGenerator(name = "relationship_company_link_seq", sequenceName = "relationship_company_link_seq",
			allocationSize = 50)
	private @Nullable Long id;

	private long fromAccountId;

	private long toAccountId;

	@Enumerated(EnumType.STRING)
	private CompanyLinkKind kind;

	private @Nullable BigDecimal sharePercent;

	private @Nullable LocalDate validFrom;

	private @Nullable LocalDate validTo;

	private @Nullable String note;

	protected CompanyLink() {
		this.kind = CompanyLinkKind.PARTNER;
	}

	public CompanyLink(long fromAccountId, long toAccountId, CompanyLinkKind kind) {
		this.fromAccountId = fromAccountId;
		this.toAccountId = toAccountId;
		this.kind = kind;
	}

	public long id() {
		return Objects.requireNonNull(id, "not saved yet");
	}

	public long fromAccountId() {
		return fromAccountId;
	}

	public long toAccountId() {
		return toAccountId;
	}

	public CompanyLinkKind kind() {
		return kind;
	}

	public @Nullable BigDecimal sharePercent() {
		return sharePercent;
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

	public void describe(CompanyLinkKind kind, @Nullable BigDecimal sharePercent, @Nullable LocalDate validFrom,
			@Nullable LocalDate validTo, @Nullable String note) {
		this.kind = kind;
		this.sharePercent = sharePercent;
		this.validFrom = validFrom;
		this.validTo = validTo;
		this.note = note;
	}

	public void endOn(LocalDate day) {
		this.validTo = day;
	}

	/**
	 * Whether a link of this kind puts one account above the other in a corporate group:
	 * a parent, a group membership, or a shareholder with more than half of the shares.
	 */
	public static boolean controlling(CompanyLinkKind kind, @Nullable BigDecimal sharePercent) {
		return kind == CompanyLinkKind.PARENT || kind == CompanyLinkKind.GROUP_MEMBER
				|| (kind == CompanyLinkKind.SHAREHOLDER && sharePercent != null
						&& sharePercent.compareTo(MAJORITY) > 0);
	}

	/**
	 * The account above in the group: the parent, the group, the majority shareholder.
	 */
	public static long controllerOf(CompanyLinkKind kind, long fromAccountId, long toAccountId) {
		return kind == CompanyLinkKind.GROUP_MEMBER ? toAccountId : fromAccountId;
	}

	public static long controlledOf(CompanyLinkKind kind, long fromAccountId, long toAccountId) {
		return kind == CompanyLinkKind.GROUP_MEMBER ? fromAccountId : toAccountId;
	}

	public boolean controlling() {
		return controlling(kind, sharePercent);
	}

	public long controllerId() {
		return controllerOf(kind, fromAccountId, toAccountId);
	}

	public long controlledId() {
		return controlledOf(kind, fromAccountId, toAccountId);
	}

	public boolean validOn(LocalDate day) {
		return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || validTo.isAfter(day));
	}

	/**
	 * Whether the link holds on some day from {@code from} (inclusive) to {@code to}
	 * (exclusive); null: open.
	 */
	public boolean overlaps(@Nullable LocalDate from, @Nullable LocalDate to) {
		return (validFrom == null || to == null || validFrom.isBefore(to))
				&& (validTo == null || from == null || from.isBefore(validTo));
	}

}
