package io.guanxi.sales;

import io.guanxi.customer.Tier;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What an admin enters to define a sales process or change its description.
 *
 * @param productLine new opportunities of this product line follow the process
 * @param segment new opportunities at accounts of this tier follow it (with the product
 * line, when both are set)
 * @param active empty means active
 * @param defaultProcess empty leaves it as it is (a new process is not the default)
 */
public record SaveProcess(
		@NotBlank(message = "{sales.process.error.nameRequired}") @Size(max = 200,
				message = "{sales.process.error.nameLength}") @Nullable String name,
		@Size(max = 2000, message = "{sales.process.error.descriptionLength}") @Nullable String description,
		@Size(max = 100, message = "{sales.process.error.productLineLength}") @Nullable String productLine,
		@Nullable Tier segment, @Nullable Boolean active, @Nullable Boolean defaultProcess) {

	public static SaveProcess of(ProcessView process) {
		return new SaveProcess(process.name(), process.description(), process.productLine(),
				process.segment() == null ? null : Tier.valueOf(process.segment()), process.active(),
				process.defaultProcess());
	}

}
