package io.guanxi.customer.web;

import java.util.List;

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

	/** The current list's address with extra parameters, e.g. an export format. */
	public String with(String name, Object value) {
		return current.cloneBuilder().replaceQueryParam(name, List.of(value)).build().toUriString();
	}

}
