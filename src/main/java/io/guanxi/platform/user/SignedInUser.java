package io.guanxi.platform.user;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import io.guanxi.platform.CurrentUser;
import io.guanxi.platform.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal kept in the session (UI) or rebuilt for each request (API token). */
public final class SignedInUser implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String username;

	private final String displayName;

	private final Role role;

	private final boolean enabled;

	private final boolean locked;

	private @Nullable String passwordHash;

	SignedInUser(User user, boolean locked) {
		this.id = user.id();
		this.username = user.username();
		this.displayName = user.displayName();
		this.role = user.role();
		this.enabled = user.enabled();
		this.locked = locked;
		this.passwordHash = user.passwordHash();
	}

	public CurrentUser toCurrentUser() {
		return new CurrentUser(id, username, displayName, role);
	}

	public long id() {
		return id;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

}
