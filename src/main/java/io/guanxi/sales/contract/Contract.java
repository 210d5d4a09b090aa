package io.guanxi.sales.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.TrackedEntity;
import io.guanxi.sales.ContractStatus;
import jakarta.persistence.Column;
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
 * A contract (合同) with an account: its number, term, value and where it stands. Its terms
 * change while it is a draft; signing activates it, and then it only expires or is
 * terminated.
 */
@Entity
@Table(name = "sales_contract")
public class Contract extends TrackedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_contract_seq")
	@SequenceGenerator(name = "sales_contract_seq", sequenceName = "sales_contract_seq", allocationSize = 50)
	private @Nullable Long id;

	private String number;

	private long accountId;

	private @Nullable Long opportunityId;

	private @Nullable Long quoteId;

	private long ownerId;

	private String title;

	private LocalDate startDate;

	private @Nullable LocalDate endDate;

	@Column(name = "contract_value")
	private BigDecimal value;

	private String currency;

	@Enumerated(EnumType.STRING)
	private ContractStatus status;

	private @Nullable LocalDate signedOn;

	private @Nullable LocalDate terminatedOn;

	private @Nullable String note;

	protected Contract() {
		this.number = "";
		this.title = "";
		this.startDate = LocalDate.EPOCH;
		this.value = BigDecimal.ZERO;
		this.currency = "";
		this.status = ContractStatus.DRAFT;
	}

	public Contract(long accountId, @Nullable Long opportunityId, @Nullable Long quoteId, long ownerId) {
		this();
		this.accountId = accountId;
		this.opportunityId = opportunityId;
		this.quoteId = quoteId;
		this.ownerId = ownerId;
	}

	public void numbered(String number) {
		this.number = number;
	}

	/** Changes the terms of a draft. */
	public void describe(String title, LocalDate startDate, @Nullable LocalDate endDate, BigDecimal value,
			String currency, @Nullable LocalDate signedOn, @Nullable String note) {
		if (status != ContractStatus.DRAFT) {
			throw new BusinessRuleException("sales.contract.error.notDraft", number);
		}
		if (endDate != null && endDate.isBefore(startDate)) {
			throw new BusinessRuleException("sales.contract.error.period");
		}
		this.title = title;
		this.startDate = startDate;
		this.endDate = endDate;
		this.value = value;
		this.currency = currency;
		this.signedOn = signedOn;
		this.note = note;
	}

	/** The contract is signed: it holds from its start date until its end date. */
	public void activate(LocalDate signedOn, LocalDate today) {
		if (status != ContractStatus.DRAFT) {
			throw new BusinessRuleException("sales.contract.error.notDraft", number);
		}
		if (signedOn.isAfter(today)) {
			throw new BusinessRuleException("sales.contract.error.signedInFuture");
		}
		if (endDate != null && endDate.isBefore(today)) {
			throw new BusinessRuleException("sales.contract.error.endedAlready", endDate.toString());
		}
		this.signedOn = signedOn;
		this.status = ContractStatus.ACTIVE;
	}

	/** Ends an active contract early, on {@code day}. */
	public void terminate(LocalDate day) {
		if (status != ContractStatus.ACTIVE) {
			throw new BusinessRuleException("sales.contract.error.notActive", number);
		}
		if (signedOn != null && day.isBefore(signedOn)) {
			throw new BusinessRuleException("sales.contract.error.terminatedBeforeSigned");
		}
		this.terminatedOn = day;
		this.status = ContractStatus.TERMINATED;
	}

	/**
	 * Marks an active contract whose end date has passed as expired; says whether it did.
	 */
	public boolean expireIfEnded(LocalDate today) {
		if (status == ContractStatus.ACTIVE && endDate != null && endDate.isBefore(today)) {
			this.status = ContractStatus.EXPIRED;
			return true;
		}
		return false;
	}

	public long id() {
		return Objects.requireNonNull(id, "not saved yet");
	}

	public String number() {
		return number;
	}

	public long accountId() {
		return accountId;
	}

	public @Nullable Long opportunityId() {
		return opportunityId;
	}

	public @Nullable Long quoteId() {
		return quoteId;
	}

	public long ownerId() {
		return ownerId;
	}

	public String title() {
		return title;
	}

	public LocalDate startDate() {
		return startDate;
	}

	public @Nullable LocalDate endDate() {
		return endDate;
	}

	public BigDecimal value() {
		return value;
	}

	public String currency() {
		return currency;
	}

	public ContractStatus status() {
		return status;
	}

	public @Nullable LocalDate signedOn() {
		return signedOn;
	}

	public @Nullable LocalDate terminatedOn() {
		return terminatedOn;
	}

	public @Nullable String note() {
		return note;
	}

}
