package io.guanxi.platform;

import java.util.List;

/**
 * A module's contribution to the global search box; results respect the user's access
 * scope.
 */
public interface SearchProvider {

	List<SearchHit> search(String query, AccessScope scope, int limit);

	/** One result line: what it is, its name, a detail line and where it links to. */
	record SearchHit(String typeMessageKey, String title, String detail, String path) {
	}

}
