package io.guanxi.platform.token;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * @param expiresInDays empty for a token that does not expire
 */
public record CreateToken(@NotBlank @Size(max = 100) String name, @Min(1) @Max(3650) @Nullable Integer expiresInDays) {

	public static CreateToken blank() {
		return new CreateToken("", 90);
	}

}
