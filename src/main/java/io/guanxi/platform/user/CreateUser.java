package io.guanxi.platform.user;

import io.guanxi.platform.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

public record CreateUser(
		@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+",
				message = "{platform.user.error.username}") String username,
		@NotBlank @Size(max = 200) String displayName, @Email @Size(max = 254) @Nullable String email,
		@NotNull Role role, @Nullable Long teamId, @Nullable Long managerId,
		@NotBlank @Size(min = 10, max = 200) String password) {

	public static CreateUser blank() {
		return new CreateUser("", "", null, Role.SALES_REP, null, null, "");
	}

}
