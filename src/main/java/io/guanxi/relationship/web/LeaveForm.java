package io.guanxi.relationship.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * "Record a departure": the person leaves on a day; {@code newCompany} is the name of an
 * account (then linked to it) or of any other company.
 */
public record LeaveForm(@NotNull(message = "{relationship.form.error.position}") @Nullable Long positionId,
		@NotNull(message = "{relationship.form.error.day}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
		@Size(max = 200, message = "{relationship.form.error.tooLong}") @Nullable String newCompany,
		@Size(max = 1000, message = "{relationship.form.error.tooLong}") @Nullable String note) {

	static LeaveForm of(@Nullable Long positionId, LocalDate day) {
		return new LeaveForm(positionId, day, null, null);
	}

}
