package io.guanxi.sales.lead;

import java.time.Instant;
import java.util.Objects;

import io.guanxi.customer.Industry;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.TrackedEntity;
import io.guanxi.sales.LeadDisqualifyReason;
import io.guanxi.sales.LeadSource;
import io.guanxi.sales.LeadStatus;
import io.guanxi.sales.SaveLead;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A lead (线索): a person, usually at a company, who showed interest. Its status moves
 * through {@link LeadStatus}; the methods refuse a step the status does not allow. Once
 * converted it keeps the ids of the records it became and changes no more.
 */
@Entity
@Table(name = "sales_lead")
@Audited
public class Lead extends TrackedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_lead_seq")
	@SequenceGenerator(name = "sales_lead_seq", sequenceName = "sales_lead_seq", allocationSize = 50)
	private @Nullable Long id;

	private @Nullable String familyName;

	private @Nullable String givenName;

	private String fullName;

	private @Nullable String companyName;

	private @Nullable String title;

	private @Nullable String email;

	private @Nullable String mobile;

	@NotAudited
	private @Nullable String mobileE164;

	private @Nullable String phone;

	@NotAudited
	private @Nullable String phoneE164;

	@Enumerated(EnumType.STRING)
	private @Nullable Industry industry;

	private @Nullable String region;

	private @Nullable String city;

	@Enumerated(EnumType.STRING)
	private LeadSource source;

	private @Nullable String campaign;

	private @Nullable String description;

	private long ownerId;

	@NotAudited
	private @Nullable Long createdBy;

	@Enumerated(EnumType.STRING)
	private LeadStatus status = LeadStatus.NEW;

	@Enumerated(EnumType.STRING)
	private @Nullable LeadDisqualifyReason disqualifyReason;

	private @Nullable String disqualifyNote;

	/** Derived from the fields on every change ({@link LeadScoring}); no history. */
	@NotAudited
	private int score;

	private @Nullable Long convertedAccountId;

	private @Nullable Long convertedContactId;

	private @Nullable Long convertedOpportunityId;

	@NotAudited
	private @Nullable Instant convertedAt;

	@NotAudited
	private @Nullable Long convertedBy;

	protected Lead() {
		this.fullName = "";
		this.source = LeadSource.MANUAL;
	}

	public Lead(long ownerId, @Nullable Long createdBy) {
		this();
		this.ownerId = ownerId;
		this.createdBy = createdBy;
	}

	/**
	 * Takes every field from the command (the phones' E.164 forms computed by the caller)
	 * and the score that follows from them.
	 */
	public void describe(SaveLead lead, @Nullable String mobileE164, @Nullable String phoneE164, int score) {
		requireEditable();
		this.familyName = lead.familyName();
		this.givenName = lead.givenName();
		this.fullName = PersonName.of(lead.familyName(), lead.givenName());
		this.companyName = lead.companyName();
		this.title = lead.title();
		this.email = lead.email();
		this.mobile = lead.mobile();
		this.mobileE164 = mobileE164;
		this.phone = lead.phone();
		this.phoneE164 = phoneE164;
		this.industry = lead.industry();
		this.region = lead.region();
		this.city = lead.city();
		this.source = Objects.requireNonNullElse(lead.source(), LeadSource.MANUAL);
		this.campaign = lead.campaign();
		this.description = lead.description();
		this.score = score;
	}

	public void assignOwner(long ownerId) {
		requireEditable();
		this.ownerId = ownerId;
	}

	public void work() {
		require(status.canWork());
		status = LeadStatus.WORKING;
		disqualifyReason = null;
		disqualifyNote = null;
	}

	public void qualify() {
		require(status.canQualify());
		status = LeadStatus.QUALIFIED;
	}

	public void disqualify(LeadDisqualifyReason reason, @Nullable String note) {
		require(status.canDisqualify());
		status = LeadStatus.DISQUALIFIED;
		disqualifyReason = reason;
		disqualifyNote = note == null || note.isBlank() ? null : note.strip();
	}

	/** Refuses unless the lead is working or qualified. */
	public void requireConvertible() {
		require(status.canConvert());
	}

	/** The lead became these records; refused unless it is working or qualified. */
	public void convert(long accountId, long contactId, @Nullable Long opportunityId, long userId, Instant at) {
		requireConvertible();
		status = LeadStatus.CONVERTED;
		convertedAccountId = accountId;
		convertedContactId = contactId;
		convertedOpportunityId = opportunityId;
		convertedBy = userId;
		convertedAt = at;
	}

	/** A merge replaced a record the lead became; the lead follows it to the survivor. */
	public void repointAccount(long accountId) {
		convertedAccountId = accountId;
	}

	public void repointContact(long contactId) {
		convertedContactId = contactId;
	}

	private void require(boolean allowed) {
		if (status == LeadStatus.CONVERTED) {
			throw new BusinessRuleException("sales.lead.error.converted");
		}
		if (!allowed) {
			throw new BusinessRuleException("sales.lead.error.transition",
					new DefaultMessageSourceResolvable("sales.lead.status." + status));
		}
	}

	private void requireEditable() {
		if (!status.editable()) {
			throw new BusinessRuleException("sales.lead.error.converted");
		}
	}

	public long id() {
		return Objects.requireNonNull(id, "lead not saved yet");
	}

	public @Nullable String familyName() {
		return familyName;
	}

	public @Nullable String givenName() {
		return givenName;
	}

	public String fullName() {
		return fullName;
	}

	public @Nullable String companyName() {
		return companyName;
	}

	public @Nullable String title() {
		return title;
	}

	public @Nullable String email() {
		return email;
	}

	public @Nullable String mobile() {
		return mobile;
	}

	public @Nullable String mobileE164() {
		return mobileE164;
	}

	public @Nullable String phone() {
		return phone;
	}

	public @Nullable String phoneE164() {
		return phoneE164;
	}

	public @Nullable Industry industry() {
		return industry;
	}

	public @Nullable String region() {
		return region;
	}

	public @Nullable String city() {
		return city;
	}

	public LeadSource source() {
		return source;
	}

	public @Nullable String campaign() {
		return campaign;
	}

	public @Nullable String description() {
		return description;
	}

	public long ownerId() {
		return ownerId;
	}

	public @Nullable Long createdBy() {
		return createdBy;
	}

	public LeadStatus status() {
		return status;
	}

	public @Nullable LeadDisqualifyReason disqualifyReason() {
		return disqualifyReason;
	}

	public @Nullable String disqualifyNote() {
		return disqualifyNote;
	}

	public int score() {
		return score;
	}

	public @Nullable Long convertedAccountId() {
		return convertedAccountId;
	}

	public @Nullable Long convertedContactId() {
		return convertedContactId;
	}

	public @Nullable Long convertedOpportunityId() {
		return convertedOpportunityId;
	}

	public @Nullable Instant convertedAt() {
		return convertedAt;
	}

}
