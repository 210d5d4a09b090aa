package io.guanxi.customer.internal;

import java.util.List;

import io.guanxi.platform.AccessScope;
import io.guanxi.platform.SearchProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts in the global search box (by name for now; the customer issue brings real
 * search).
 */
@Component
@Transactional(readOnly = true)
class AccountSearch implements SearchProvider {

	private final AccountRepository accounts;

	AccountSearch(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public List<SearchHit> search(String query, AccessScope scope, int limit) {
		var spec = AccountRepository.visibleIn(scope).and(AccountRepository.nameContains(query));
		return accounts.findAll(spec, PageRequest.of(0, limit, Sort.by("name")))
			.map(account -> new SearchHit("customer.account", account.name(), "", "/accounts/" + account.id()))
			.getContent();
	}

}
