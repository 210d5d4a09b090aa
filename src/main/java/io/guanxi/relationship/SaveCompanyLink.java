package io.guanxi.relationship;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A link "from is the … of to" between two accounts; {@code sharePercent} only for
 * {@link CompanyLinkKind#SHAREHOLDER}.
 */
public record SaveCompanyLink(@NotNull Long fromAccountId, @NotNull Long toAccountId, @NotNull CompanyLinkKind kind,
		@Nullable @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3,
				fraction = 2) BigDecimal sharePercent,
		@Nullable LocalDate validFrom, @Nullable LocalDate validTo, @Nullable @Size(max = 500) String note) {
}
