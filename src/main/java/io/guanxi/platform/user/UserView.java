package io.guanxi.platform.user;

import io.guanxi.platform.Role;
import org.jspecify.annotations.Nullable;

/** A user as the admin pages show them. */
public record UserView(long id, String username, String displayName, @Nullable String email, Role role,
		@Nullable Long teamId, @Nullable String teamName, @Nullable Long managerId, @Nullable String managerName,
		boolean enabled, boolean locked, long version) {
}
