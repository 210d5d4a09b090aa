package io.guanxi.customer.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of a list page that keep its filters and columns: to another page, to another
 * sort order, and the query string a saved view stores.
 */
public final class ListLinks {

	private final String path;

	private final UriComponentsBuilder current;

	private final Sort sort;

	private ListLinks(String path, UriComponentsBuilder current, Sort sort) {
		this.path = path;
		this.current = current;
		this.sort = sort;
	}

	public static ListLinks of(HttpServletRequest request, String path, Sort sort) {
		UriComponentsBuilder current = UriComponentsBuilder.fromPath(path)
			.query(request.getQueryString())
			.replaceQueryParam("page")
			.replaceQueryParam("view")
			.replaceQueryParam("all");
		return new ListLinks(path, current, sort);
	}

	public String page(int number) {
		return current.cloneBuilder().replaceQueryParam("page", number).build().toUriString();
	}

	/**
	 * Sorts by the property, ascending first, descending when it already sorts ascending
	 * by it.
	 */
	public String sortBy(String property) {
		Sort.Order order = sort.getOrderFor(property);
		String direction = order != null && order.isAscending() ? "desc" : "asc";
		return current.cloneBuilder().replaceQueryParam("sort", property + "," + direction).build().toUriString();
	}

	/** "asc", "desc" or "" for the property, to show the arrow in the column header. */
	public String direction(String property) {
		Sort.Order order = sort.getOrderFor(property);
		return order == null ? "" : order.isAscending() ? "asc" : "desc";
	}

	/**
	 * The filters, sort and columns as a query string without "?", what a saved view
	 * keeps.
	 */
	public String query() {
		String query = current.build().getQuery();
		return query == null ? "" : query;
	}

	public String withQuery(String query) {
		return query.isEmpty() ? path : path + "?" + query;
	}

	/**
	 * An export of the current view (filters and sort) in a format, e.g.
	 * {@code /accounts/export?industry=RETAIL&format=csv}.
	 */
	public String export(String format) {
		return to("/export").replaceQueryParam("format", format).build().toUriString();
	}

	/** The vCard export of the current view. */
	public String vcards() {
		return to("/export.vcf").build().toUriString();
	}

	private UriComponentsBuilder to(String subPath) {
		return current.cloneBuilder().replacePath(path + subPath);
	}

}
