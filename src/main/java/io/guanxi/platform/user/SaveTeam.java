package io.guanxi.platform.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

public record SaveTeam(@NotBlank @Size(max = 100) String name, @Size(max = 500) @Nullable String description,
		long version) {

	public static SaveTeam blank() {
		return new SaveTeam("", null, 0);
	}

}
