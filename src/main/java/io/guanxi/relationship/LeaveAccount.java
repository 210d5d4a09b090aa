package io.guanxi.relationship;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A person leaves an account on {@code on}; where they went, when known, as an account or
 * just a company's name.
 */
public record LeaveAccount(@NotNull LocalDate on, @Nullable Long newAccountId,
		@Nullable @Size(max = 200) String newCompanyName, @Nullable @Size(max = 1000) String note) {
}
