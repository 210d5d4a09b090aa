package io.guanxi.relationship;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A tie "from is the … of to" between two contacts, 1 (barely) to 5 (close). */
public record SavePersonTie(@NotNull Long fromContactId, @NotNull Long toContactId, @NotNull PersonTieKind kind,
		@NotNull @Min(1) @Max(5) Integer strength, @Nullable LocalDate validFrom, @Nullable LocalDate validTo,
		@Nullable @Size(max = 500) String note) {
}
