package io.guanxi.sales.lead.web;

import java.util.Locale;
import java.util.Objects;

import io.guanxi.sales.LeadFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of the lead list that keep its filter: to another page, and to another sort (the
 * same column again turns the direction round).
 */
public record LeadListLinks(LeadFilter filter, Sort sort) {

	public String page(int page) {
		UriComponentsBuilder builder = base();
		sort.stream()
			.findFirst()
			.ifPresent(order -> builder.queryParam("sort",
					order.getProperty() + "," + order.getDirection().name().toLowerCase(Locale.ROOT)));
		return builder.queryParam("page", page).build().encode().toUriString();
	}

	/**
	 * Sorting by a column: ascending first, except for dates and scores (highest first).
	 */
	public String sortBy(String property) {
		Sort.Order current = sort.getOrderFor(property);
		boolean ascending = current == null ? !(property.equals("createdAt") || property.equals("score"))
				: !current.isAscending();
		return base().queryParam("sort", property + "," + (ascending ? "asc" : "desc")).build().encode().toUriString();
	}

	/** "asc", "desc" or null: how the column is sorted now, for the header's arrow. */
	public @Nullable String direction(String property) {
		Sort.Order order = sort.getOrderFor(property);
		return order == null ? null : order.isAscending() ? "asc" : "desc";
	}

	private UriComponentsBuilder base() {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/leads");
		if (filter.q() != null && !filter.q().isBlank()) {
			builder.queryParam("q", filter.q());
		}
		add(builder, "status", filter.status());
		add(builder, "owner", filter.owner());
		add(builder, "source", filter.source());
		return builder;
	}

	private static void add(UriComponentsBuilder builder, String name, @Nullable Object value) {
		if (value != null) {
			builder.queryParam(name, Objects.toString(value));
		}
	}

}
