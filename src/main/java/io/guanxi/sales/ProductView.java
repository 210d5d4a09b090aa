package io.guanxi.sales;

import org.jspecify.annotations.Nullable;

/** A product of the catalogue; {@code version} is its ETag. */
public record ProductView(long id, String code, String name, @Nullable String productLine, String unit,
		@Nullable String description, boolean active, long version) {
}
