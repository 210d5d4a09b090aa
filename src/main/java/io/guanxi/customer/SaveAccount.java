package io.guanxi.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The fields of an account a user edits, for creating and for changing it.
 *
 * @param ownerId empty means the signed-in user
 */
public record SaveAccount(@NotBlank @Size(max = 200) String name, @Nullable Long ownerId) {

	public static SaveAccount blank() {
		return new SaveAccount("", null);
	}

}
