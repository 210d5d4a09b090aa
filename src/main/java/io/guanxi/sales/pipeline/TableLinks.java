package io.guanxi.sales.pipeline;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of the opportunity table that keep its filters: to another page, to another sort
 * order, and to the export of what it shows.
 */
public final class TableLinks {

	private final UriComponentsBuilder current;

	private final Sort sort;

	private TableLinks(UriComponentsBuilder current, Sort sort) {
		this.current = current;
		this.sort = sort;
	}

	static TableLinks of(HttpServletRequest request, Sort sort) {
		return new TableLinks(UriComponentsBuilder.fromPath("/opportunities")
			.query(request.getQueryString())
			.replaceQueryParam("page"), sort);
	}

	public String page(int number) {
		return current.cloneBuilder().replaceQueryParam("page", number).build().toUriString();
	}

	/**
	 * Sorts by the property, ascending first, descending when it sorts ascending already.
	 */
	public String sortBy(String property) {
		Sort.Order order = sort.getOrderFor(property);
		String direction = order != null && order.isAscending() ? "desc" : "asc";
		return current.cloneBuilder().replaceQueryParam("sort", property + "," + direction).build().toUriString();
	}

	/** "asc", "desc" or "" for the property, for the arrow in the column header. */
	public String direction(String property) {
		Sort.Order order = sort.getOrderFor(property);
		return order == null ? "" : order.isAscending() ? "asc" : "desc";
	}

	/** The table's deals (filters and order) as a CSV file. */
	public String export() {
		return current.cloneBuilder().replacePath("/opportunities/export.csv").build().toUriString();
	}

}
