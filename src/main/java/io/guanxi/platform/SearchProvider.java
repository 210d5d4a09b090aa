package io.guanxi.platform;

import java.util.List;

/**
 * A module's contribution to the global search box; results respect the user's access
 * scope and come best first (the box keeps each provider's order).
 */
public interface SearchProvider {

	List<SearchHit> search(String query, AccessScope scope, int limit);

	/**
	 * One result line: what it is, its name, a detail line, where it links to, and a
	 * Bootstrap Icons name ({@code building}, {@code person}).
	 */
	record SearchHit(String typeMessageKey, String title, String detail, String path, String icon) {

		public SearchHit(String typeMessageKey, String title, String detail, String path) {
			this(typeMessageKey, title, detail, path, "search");
		}

	}

}
