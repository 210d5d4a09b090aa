package io.guanxi.customer.internal;

import java.util.Locale;
import java.util.Objects;

import io.guanxi.customer.AccountKind;
import io.guanxi.customer.AccountStatus;
import io.guanxi.customer.CompanySize;
import io.guanxi.customer.CustomerSource;
import io.guanxi.customer.Industry;
import io.guanxi.customer.LifecycleStage;
import io.guanxi.customer.SaveAccount;
import io.guanxi.customer.SearchTerms;
import io.guanxi.customer.Tier;
import io.guanxi.platform.TrackedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A customer: a company or an individual, owned by one user. */
@Entity
@Table(name = "customer_account")
@Audited
public class Account extends TrackedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_account_seq")
	@SequenceGenerator(name = "customer_account_seq", sequenceName = "customer_account_seq", allocationSize = 50)
	private @Nullable Long id;

	private String name;

	@Enumerated(EnumType.STRING)
	private AccountKind kind = AccountKind.COMPANY;

	private @Nullable String legalName;

	@Enumerated(EnumType.STRING)
	private @Nullable Industry industry;

	@Enumerated(EnumType.STRING)
	private @Nullable CompanySize sizeBand;

	private @Nullable String country;

	private @Nullable String region;

	private @Nullable String city;

	private @Nullable String address;

	private @Nullable String postalCode;

	private @Nullable String website;

	private @Nullable String phone;

	private @Nullable String phoneE164;

	private @Nullable String email;

	@Enumerated(EnumType.STRING)
	private @Nullable CustomerSource source;

	@Enumerated(EnumType.STRING)
	private @Nullable Tier tier;

	@Enumerated(EnumType.STRING)
	private LifecycleStage lifecycleStage = LifecycleStage.PROSPECT;

	@Enumerated(EnumType.STRING)
	private AccountStatus status = AccountStatus.ACTIVE;

	private @Nullable String notes;

	private long ownerId;

	/**
	 * Derived from the texts above on every change (see {@link SearchTerms}); no history.
	 */
	@NotAudited
	@JdbcTypeCode(SqlTypes.ARRAY)
	private String @Nullable [] searchTerms;

	protected Account() {
		this.name = "";
	}

	public Account(String name, long ownerId) {
		this.name = name;
		this.ownerId = ownerId;
	}

	/** For an account saved without {@link #describe}; describing computes them. */
	@PrePersist
	void indexIfNeeded() {
		if (searchTerms == null) {
			searchTerms = searchTermsOf(name, legalName, phone, phoneE164);
		}
	}

	/** The words it is found by, for whoever writes accounts in bulk (a copy). */
	public String[] searchTerms() {
		if (searchTerms == null) {
			indexIfNeeded();
		}
		return Objects.requireNonNull(searchTerms).clone();
	}

	/**
	 * The words an account with these texts is found by (see {@link SearchTerms}), for
	 * whoever writes accounts in bulk.
	 */
	public static String[] searchTermsOf(String name, @Nullable String legalName, @Nullable String phone,
			@Nullable String phoneE164) {
		return SearchTerms.of(name, legalName, phone, phoneE164);
	}

	/**
	 * Takes every field of the profile from the command; blank texts are stored as empty
	 * (null) so that filters for "not set" work.
	 */
	public void describe(SaveAccount profile, @Nullable String phoneE164) {
		this.name = profile.name().strip();
		this.kind = Objects.requireNonNullElse(profile.kind(), AccountKind.COMPANY);
		this.legalName = clean(profile.legalName());
		this.industry = profile.industry();
		this.sizeBand = profile.sizeBand();
		this.country = clean(profile.country());
		this.region = clean(profile.region());
		this.city = clean(profile.city());
		this.address = clean(profile.address());
		this.postalCode = clean(profile.postalCode());
		this.website = clean(profile.website());
		this.phone = clean(profile.phone());
		this.phoneE164 = phoneE164;
		String email = clean(profile.email());
		this.email = email == null ? null : email.toLowerCase(Locale.ROOT);
		this.source = profile.source();
		this.tier = profile.tier();
		this.lifecycleStage = Objects.requireNonNullElse(profile.lifecycleStage(), LifecycleStage.PROSPECT);
		this.status = Objects.requireNonNullElse(profile.status(), AccountStatus.ACTIVE);
		this.notes = clean(profile.notes());
		this.searchTerms = searchTermsOf(name, legalName, phone, phoneE164);
	}

	public void assignOwner(long ownerId) {
		this.ownerId = ownerId;
	}

	public long id() {
		return Objects.requireNonNull(id, "account not saved yet");
	}

	public String name() {
		return name;
	}

	public AccountKind kind() {
		return kind;
	}

	public @Nullable String legalName() {
		return legalName;
	}

	public @Nullable Industry industry() {
		return industry;
	}

	public @Nullable CompanySize sizeBand() {
		return sizeBand;
	}

	public @Nullable String country() {
		return country;
	}

	public @Nullable String region() {
		return region;
	}

	public @Nullable String city() {
		return city;
	}

	public @Nullable String address() {
		return address;
	}

	public @Nullable String postalCode() {
		return postalCode;
	}

	public @Nullable String website() {
		return website;
	}

	public @Nullable String phone() {
		return phone;
	}

	public @Nullable String phoneE164() {
		return phoneE164;
	}

	public @Nullable String email() {
		return email;
	}

	public @Nullable CustomerSource source() {
		return source;
	}

	public @Nullable Tier tier() {
		return tier;
	}

	public LifecycleStage lifecycleStage() {
		return lifecycleStage;
	}

	public AccountStatus status() {
		return status;
	}

	public @Nullable String notes() {
		return notes;
	}

	public long ownerId() {
		return ownerId;
	}

	private static @Nullable String clean(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
