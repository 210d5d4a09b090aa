package io.guanxi.platform.token;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A token as its owner sees it: never the secret, only its first characters. */
public record TokenView(long id, String name, String prefix, Instant createdAt, @Nullable Instant expiresAt,
		@Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

	public boolean active() {
		return revokedAt == null;
	}

}
