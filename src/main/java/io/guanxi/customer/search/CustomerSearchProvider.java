package io.guanxi.customer.search;

import java.util.List;

import io.guanxi.customer.CustomerHit;
import io.guanxi.customer.CustomerSearch;
import io.guanxi.platform.AccessScope;
import io.guanxi.platform.SearchProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Accounts and contacts in the global search box, ranked by {@link CustomerSearch}. The
 * scope handed in is the signed-in user's, which CustomerSearch applies itself.
 */
@Component
@Order(10)
class CustomerSearchProvider implements SearchProvider {

	private final CustomerSearch search;

	CustomerSearchProvider(CustomerSearch search) {
		this.search = search;
	}

	@Override
	public List<SearchHit> search(String query, AccessScope scope, int limit) {
		return search.search(query, limit).stream().map(CustomerSearchProvider::line).toList();
	}

	private static SearchHit line(CustomerHit hit) {
		boolean account = hit.type() == CustomerHit.Type.ACCOUNT;
		return new SearchHit(account ? "customer.search.account" : "customer.search.contact", hit.title(),
				hit.subtitle(), hit.link(), account ? "building" : "person");
	}

}
