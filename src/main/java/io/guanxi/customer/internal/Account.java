package io.guanxi.customer.internal;

import java.util.Objects;

import io.guanxi.platform.TrackedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
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

	private long ownerId;

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

}
