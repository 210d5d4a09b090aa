package io.guanxi.sales;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A competitor on a deal as a user enters it. */
public record SaveCompetitor(
		@NotBlank(message = "{sales.competitor.error.nameRequired}") @Size(max = 200) @Nullable String name,
		@Size(max = 2000) @Nullable String strengths, @Size(max = 2000) @Nullable String weaknesses) {

	public static SaveCompetitor blank() {
		return new SaveCompetitor(null, null, null);
	}

}
