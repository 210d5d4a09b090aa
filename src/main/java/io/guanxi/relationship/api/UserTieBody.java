package io.guanxi.relationship.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * How well one of our users knows a contact, 1 (met once) to 5 (close); {@code userId}
 * left out means the caller.
 */
record UserTieBody(@Nullable Long userId, @NotNull @Min(1) @Max(5) Integer strength,
		@Nullable @Size(max = 500) String note) {
}
