package io.guanxi.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A tag's name and colour, for creating and for changing it.
 *
 * @param color {@code #rrggbb}
 */
public record SaveTag(@NotBlank @Size(max = 50) String name,
		@NotBlank @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "{customer.tag.error.color}") String color) {

	public static SaveTag blank() {
		return new SaveTag("", "#0f766e");
	}

}
