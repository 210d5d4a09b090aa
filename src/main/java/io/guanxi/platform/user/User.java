package io.guanxi.platform.user;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import io.guanxi.platform.Role;
import io.guanxi.platform.TrackedEntity;
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

/**
 * A person who signs in to Guanxi. Secrets and login counters are kept out of the audit
 * trail.
 */
@Entity
@Table(name = "platform_user")
@Audited
public class User extends TrackedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "platform_user_seq")
	@SequenceGenerator(name = "platform_user_seq", sequenceName = "platform_user_seq", allocationSize = 50)
	private @Nullable Long id;

	private String username;

	private String displayName;

	private @Nullable String email;

	@NotAudited
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private @Nullable Long teamId;

	private @Nullable Long managerId;

	@NotAudited
	private @Nullable String locale;

	private boolean enabled;

	@NotAudited
	private int failedLogins;

	@NotAudited
	private @Nullable Instant lockedUntil;

	protected User() {
		this.username = "";
		this.displayName = "";
		this.passwordHash = "";
		this.role = Role.SALES_REP;
	}

	User(String username, String displayName, @Nullable String email, String passwordHash, Role role) {
		this.username = username;
		this.displayName = displayName;
		this.email = email;
		this.passwordHash = passwordHash;
		this.role = role;
		this.enabled = true;
	}

	void describe(String displayName, @Nullable String email) {
		this.displayName = displayName;
		this.email = email;
	}

	void assign(Role role, @Nullable Long teamId, @Nullable Long managerId) {
		this.role = role;
		this.teamId = teamId;
		this.managerId = managerId;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
		unlock();
	}

	void preferLocale(String locale) {
		this.locale = locale;
	}

	/**
	 * Counts a failed login; past {@code maxFailures} the account stays locked for
	 * {@code lockFor}.
	 */
	void recordFailedLogin(Instant now, int maxFailures, Duration lockFor) {
		failedLogins++;
		if (failedLogins >= maxFailures) {
			lockedUntil = now.plus(lockFor);
			failedLogins = 0;
		}
	}

	void recordSuccessfulLogin() {
		failedLogins = 0;
		lockedUntil = null;
	}

	void unlock() {
		recordSuccessfulLogin();
	}

	public boolean isLockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	public long id() {
		return Objects.requireNonNull(id, "user not saved yet");
	}

	public String username() {
		return username;
	}

	public String displayName() {
		return displayName;
	}

	public @Nullable String email() {
		return email;
	}

	public String passwordHash() {
		return passwordHash;
	}

	public Role role() {
		return role;
	}

	public @Nullable Long teamId() {
		return teamId;
	}

	public @Nullable Long managerId() {
		return managerId;
	}

	public @Nullable String locale() {
		return locale;
	}

	public boolean enabled() {
		return enabled;
	}

	public @Nullable Instant lockedUntil() {
		return lockedUntil;
	}

}
