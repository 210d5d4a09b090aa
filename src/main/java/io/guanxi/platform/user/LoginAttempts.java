package io.guanxi.platform.user;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for a while after repeated wrong passwords, so that a password cannot
 * be guessed by brute force. The counters live in the database, so every node sees the
 * same lock.
 */
@Component
class LoginAttempts {

	private final UserRepository users;

	private final Clock clock;

	private final int maxFailures;

	private final Duration lockDuration;

	LoginAttempts(UserRepository users, Clock clock, @Value("${guanxi.security.login.max-failures}") int maxFailures,
			@Value("${guanxi.security.login.lock-duration}") Duration lockDuration) {
		this.users = users;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockDuration = lockDuration;
	}

	@EventListener
	@Transactional
	public void on(AuthenticationFailureBadCredentialsEvent event) {
		users.findByUsername(event.getAuthentication().getName().trim().toLowerCase(Locale.ROOT))
			.ifPresent(user -> user.recordFailedLogin(clock.instant(), maxFailures, lockDuration));
	}

	@EventListener
	@Transactional
	public void on(AuthenticationSuccessEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken
				&& event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
			users.findById(user.id()).ifPresent(User::recordSuccessfulLogin);
		}
	}

}
