package io.guanxi.sales.registration;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a rep registers: the product or product line the deal is about (at least one), and
 * a note for the manager.
 */
public record RegisterDeal(
		@Size(max = 200, message = "{sales.registration.error.productLength}") @Nullable String product,
		@Size(max = 100, message = "{sales.registration.error.productLineLength}") @Nullable String productLine,
		@Size(max = 1000, message = "{sales.registration.error.noteLength}") @Nullable String note) {
}
