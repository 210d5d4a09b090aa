package io.guanxi.sales;

import org.jspecify.annotations.Nullable;

/**
 * A price book; {@code version} is its ETag.
 *
 * @param entries how many products it prices
 */
public record PriceBookView(long id, String name, String currency, boolean standard, @Nullable String description,
		boolean active, long entries, long version) {
}
