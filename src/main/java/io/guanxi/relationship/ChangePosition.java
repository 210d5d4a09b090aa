package io.guanxi.relationship;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A person's position changes on {@code on} (promotion, transfer, new title or buying
 * role): the position ends the day before and a new one starts that day.
 */
public record ChangePosition(@NotNull ChangeKind kind, @NotNull LocalDate on, @NotBlank @Size(max = 200) String title,
		@Nullable Long departmentId, @Nullable Long reportsToContactId, @Nullable BuyingRole buyingRole,
		@Nullable @Size(max = 1000) String note) {
}
