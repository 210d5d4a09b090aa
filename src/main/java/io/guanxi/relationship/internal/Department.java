package io.guanxi.relationship.internal;

import io.guanxi.platform.TrackedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A department inside an account, possibly inside another department. */
@Entity
@Table(name = "relationship_department")
public class Department extends TrackedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "relationship_department_seq")
	@SequenceGenerator(name = "relationship_department_seq", sequenceName = "relationship_department_seq",
			allocationSize = 50)
	private @Nullable Long id;

	private long accountId;

	private @Nullable Long parentId;

	private String name;

	protected Department() {
		this.name = "";
	}

	public Department(long accountId, @Nullable Long parentId, String name) {
		this.accountId = accountId;
		this.parentId = parentId;
		this.name = name;
	}

	public long id() {
		return java.util.Objects.requireNonNull(id, "not saved yet");
	}

	public long accountId() {
		return accountId;
	}

	public @Nullable Long parentId() {
		return parentId;
	}

	public String name() {
		return name;
	}

	public void rename(String name) {
		this.name = name;
	}

	public void moveUnder(@Nullable Long parentId) {
		this.parentId = parentId;
	}

	/** Repoints the department to the account another was merged into. */
	public void moveToAccount(long accountId) {
		this.accountId = accountId;
	}

}
