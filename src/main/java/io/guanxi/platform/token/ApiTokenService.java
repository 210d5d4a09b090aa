package io.guanxi.platform.token;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import io.guanxi.platform.AccessService;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.security.Sha256;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens. A token is 32 random bytes; since it cannot be guessed, a fast
 * SHA-256 hash is enough to store it (a slow password hash would cost every API call).
 */
@Service
@Transactional
public class ApiTokenService {

	static final String PREFIX = "gx_";

	private final ApiTokenRepository tokens;

	private final AccessService access;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ApiTokenService(ApiTokenRepository tokens, AccessService access, Clock clock) {
		this.tokens = tokens;
		this.access = access;
		this.clock = clock;
	}

	public CreatedToken create(CreateToken command) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant();
		Instant expiresAt = command.expiresInDays() == null ? null : now.plus(Duration.ofDays(command.expiresInDays()));
		ApiToken token = tokens.save(new ApiToken(access.currentUser().id(), command.name().trim(), Sha256.hex(secret),
				secret.substring(0, 10), now, expiresAt));
		return new CreatedToken(token.view(), secret);
	}

	@Transactional(readOnly = true)
	public List<TokenView> mine() {
		return tokens.findByUserIdOrderByCreatedAtDesc(access.currentUser().id()).stream().map(ApiToken::view).toList();
	}

	public void revoke(long id) {
		ApiToken token = tokens.findById(id)
			.filter(candidate -> candidate.userId() == access.currentUser().id())
			.orElseThrow(() -> new RecordNotFoundException("token", id));
		token.revoke(clock.instant());
	}

	/**
	 * The id of the user a presented secret belongs to, if the token is known and usable.
	 */
	public Optional<Long> authenticate(String secret) {
		if (!secret.startsWith(PREFIX)) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		return tokens.findByTokenHash(Sha256.hex(secret)).filter(token -> token.isUsableAt(now)).map(token -> {
			token.markUsed(now);
			return token.userId();
		});
	}

}
