package io.guanxi.platform.user;

import io.guanxi.platform.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

public record UpdateUser(@NotBlank @Size(max = 200) String displayName, @Email @Size(max = 254) @Nullable String email,
		@NotNull Role role, @Nullable Long teamId, @Nullable Long managerId, boolean enabled, long version) {

	static UpdateUser of(User user) {
		return new UpdateUser(user.displayName(), user.email(), user.role(), user.teamId(), user.managerId(),
				user.enabled(), user.version());
	}

}
