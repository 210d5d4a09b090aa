package io.guanxi.customer.internal;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/** A customer: a company or an individual, owned by one user. */
@Entity
@Table(name = "customer_account")
@Audited
@EntityListeners(AuditingEntityListener.class)
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_account_seq")
	@SequenceGenerator(name = "customer_account_seq", sequenceName = "customer_account_seq", allocationSize = 50)
	private @Nullable Long id;

	private String name;

	private long ownerId;

	@Version
	private long version;

	@NotAudited
	@CreatedDate
	private @Nullable Instant createdAt;

	@NotAudited
	@LastModifiedDate
	private @Nullable Instant updatedAt;

	protected Account() {
		this.name = "";
	}

	public Account(String name, long ownerId) {
		this.name = name;
		this.ownerId = ownerId;
	}

	public void rename(String name) {
		this.name = name;
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

	public long ownerId() {
		return ownerId;
	}

	public long version() {
		return version;
	}

	public Instant createdAt() {
		return Objects.requireNonNull(createdAt);
	}

	public Instant updatedAt() {
		return Objects.requireNonNull(updatedAt);
	}

}
