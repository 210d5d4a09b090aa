package io.guanxi.sales;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A price book's fields, for creating and for changing it.
 *
 * @param currency ISO 4217 code such as CNY, USD, EUR
 * @param standard whether it becomes the standard price book (the one quotes start with);
 * the standard one stays so until another takes its place
 */
public record SavePriceBook(@NotBlank(message = "{sales.priceBook.error.nameRequired}") @Size(max = 100) String name,
		@NotBlank @Pattern(regexp = "[A-Z]{3}", message = "{sales.error.currency}") String currency, boolean standard,
		@Nullable @Size(max = 500) String description, boolean active) {

	public static SavePriceBook blank() {
		return new SavePriceBook("", "CNY", false, null, true);
	}

	public static SavePriceBook of(PriceBookView book) {
		return new SavePriceBook(book.name(), book.currency(), book.standard(), book.description(), book.active());
	}

}
