package io.guanxi.customer.contact;

import java.time.LocalDate;
import java.util.Objects;

import io.guanxi.customer.PreferredChannel;
import io.guanxi.customer.SearchTerms;
import io.guanxi.platform.TrackedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A person, usually at one or more customer accounts, owned by one user. The full name is
 * always derived from the family and given names.
 */
@Entity
@Table(name = "customer_contact")
@Audited
public class Contact extends TrackedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_contact_seq")
	@SequenceGenerator(name = "customer_contact_seq", sequenceName = "customer_contact_seq", allocationSize = 50)
	private @Nullable Long id;

	private @Nullable String familyName;

	private @Nullable String givenName;

	private String fullName;

	private @Nullable String alternateName;

	private @Nullable String jobTitle;

	private @Nullable String mobile;

	private @Nullable String mobileE164;

	private @Nullable String phone;

	private @Nullable String phoneE164;

	private @Nullable String email;

	private @Nullable String wechat;

	private @Nullable LocalDate birthday;

	private @Nullable String preferredLanguage;

	@Enumerated(EnumType.STRING)
	private @Nullable PreferredChannel preferredChannel;

	private boolean doNotContact;

	private @Nullable String city;

	private @Nullable String notes;

	private long ownerId;

	/**
	 * Derived from the names and phones on every change (see {@link SearchTerms}); no
	 * history.
	 */
	@NotAudited
	@JdbcTypeCode(SqlTypes.ARRAY)
	private String @Nullable [] searchTerms;

	protected Contact() {
		this.fullName = "";
	}

	public Contact(@Nullable String familyName, @Nullable String givenName, long ownerId) {
		this.fullName = PersonNames.fullName(familyName, givenName);
		rename(familyName, givenName, null);
		this.ownerId = ownerId;
	}

	/** New name parts; the full name follows them. */
	public final void rename(@Nullable String familyName, @Nullable String givenName, @Nullable String alternateName) {
		this.familyName = familyName;
		this.givenName = givenName;
		this.fullName = PersonNames.fullName(familyName, givenName);
		this.alternateName = alternateName;
		index();
	}

	/** Phones as typed with their E.164 forms, e-mail and WeChat ID. */
	public void reachAt(@Nullable String mobile, @Nullable String mobileE164, @Nullable String phone,
			@Nullable String phoneE164, @Nullable String email, @Nullable String wechat) {
		this.mobile = mobile;
		this.mobileE164 = mobileE164;
		this.phone = phone;
		this.phoneE164 = phoneE164;
		this.email = email;
		this.wechat = wechat;
		index();
	}

	private void index() {
		this.searchTerms = SearchTerms.of(fullName, alternateName, mobile, mobileE164, phone, phoneE164);
	}

	public void describe(@Nullable String jobTitle, @Nullable LocalDate birthday, @Nullable String city,
			@Nullable String notes) {
		this.jobTitle = jobTitle;
		this.birthday = birthday;
		this.city = city;
		this.notes = notes;
	}

	/** How the person likes to be contacted, or that they do not want to be. */
	public void prefer(@Nullable String language, @Nullable PreferredChannel channel, boolean doNotContact) {
		this.preferredLanguage = language;
		this.preferredChannel = channel;
		this.doNotContact = doNotContact;
	}

	public void assignOwner(long ownerId) {
		this.ownerId = ownerId;
	}

	public long id() {
		return Objects.requireNonNull(id, "contact not saved yet");
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

	public @Nullable String alternateName() {
		return alternateName;
	}

	public @Nullable String jobTitle() {
		return jobTitle;
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

	public @Nullable String email() {
		return email;
	}

	public @Nullable String wechat() {
		return wechat;
	}

	public @Nullable LocalDate birthday() {
		return birthday;
	}

	public @Nullable String preferredLanguage() {
		return preferredLanguage;
	}

	public @Nullable PreferredChannel preferredChannel() {
		return preferredChannel;
	}

	public boolean doNotContact() {
		return doNotContact;
	}

	public @Nullable String city() {
		return city;
	}

	public @Nullable String notes() {
		return notes;
	}

	public long ownerId() {
		return ownerId;
	}

	/** The words it is found by, for whoever writes contacts in bulk (a copy). */
	public String[] searchTerms() {
		return searchTerms == null ? new String[0] : searchTerms.clone();
	}

}
