package io.guanxi.relationship;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A person takes a position at an account from {@code from}; {@code to} (exclusive) only
 * when loading a past position that has ended.
 */
public record JoinAccount(@NotNull Long contactId, @NotBlank @Size(max = 200) String title, @Nullable Long departmentId,
		@Nullable Long reportsToContactId, @Nullable BuyingRole buyingRole, @NotNull LocalDate from,
		@Nullable LocalDate to, @Nullable @Size(max = 1000) String note) {
}
