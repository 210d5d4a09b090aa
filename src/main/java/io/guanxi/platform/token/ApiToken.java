package io.guanxi.platform.token;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A personal API token. Only the hash of its secret is kept; the secret is shown once.
 */
@Entity
@Table(name = "platform_api_token")
class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "platform_api_token_seq")
	@SequenceGenerator(name = "platform_api_token_seq", sequenceName = "platform_api_token_seq", allocationSize = 50)
	private @Nullable Long id;

	private long userId;

	private String name;

	private String tokenHash;

	private String tokenPrefix;

	private Instant createdAt;

	private @Nullable Instant expiresAt;

	private @Nullable Instant lastUsedAt;

	private @Nullable Instant revokedAt;

	protected ApiToken() {
		this.name = "";
		this.tokenHash = "";
		this.tokenPrefix = "";
		this.createdAt = Instant.EPOCH;
	}

	ApiToken(long userId, String name, String tokenHash, String tokenPrefix, Instant createdAt,
			@Nullable Instant expiresAt) {
		this.userId = userId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.tokenPrefix = tokenPrefix;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	boolean isUsableAt(Instant now) {
		return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
	}

	/**
	 * Records use at most once a minute, so that busy clients do not turn every read into
	 * a write.
	 */
	void markUsed(Instant now) {
		if (lastUsedAt == null || lastUsedAt.isBefore(now.minusSeconds(60))) {
			lastUsedAt = now;
		}
	}

	void revoke(Instant now) {
		if (revokedAt == null) {
			revokedAt = now;
		}
	}

	long id() {
		return Objects.requireNonNull(id);
	}

	long userId() {
		return userId;
	}

	TokenView view() {
		return new TokenView(id(), name, tokenPrefix, createdAt, expiresAt, lastUsedAt, revokedAt);
	}

}
