package io.guanxi.platform.user;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class UserAccountDetailsService implements UserDetailsService {

	private final UserRepository users;

	private final Clock clock;

	UserAccountDetailsService(UserRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return users.findByUsername(username.trim().toLowerCase(Locale.ROOT))
			.map(user -> new SignedInUser(user, user.isLockedAt(clock.instant())))
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

	/** The principal for an API token's user; disabled or locked users get none. */
	public Optional<SignedInUser> loadActiveById(long id) {
		return users.findById(id)
			.filter(User::enabled)
			.map(user -> new SignedInUser(user, user.isLockedAt(clock.instant())))
			.filter(SignedInUser::isAccountNonLocked);
	}

}
