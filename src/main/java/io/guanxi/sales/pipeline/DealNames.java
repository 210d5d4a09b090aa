package io.guanxi.sales.pipeline;

import java.util.Collection;
import java.util.Map;

import io.guanxi.customer.CustomerDirectory;
import io.guanxi.platform.AccessScope;
import io.guanxi.platform.AccessService;
import io.guanxi.platform.UserDirectory;
import org.springframework.stereotype.Component;

/**
 * The account and owner names of many deals at once. A deal's reader sees its account's
 * name even where the account is not theirs (a deal team member's case), as on the deal
 * itself.
 */
@Component
public class DealNames {

	private final CustomerDirectory directory;

	private final UserDirectory users;

	private final AccessService access;

	DealNames(CustomerDirectory directory, UserDirectory users, AccessService access) {
		this.directory = directory;
		this.users = users;
		this.access = access;
	}

	public Names of(Collection<Long> accountIds, Collection<Long> ownerIds) {
		AccessScope everything = AccessScope.everything(access.currentUser().id());
		return new Names(accountIds.isEmpty() ? Map.of() : directory.accountNames(accountIds, everything),
				ownerIds.isEmpty() ? Map.of() : users.displayNames(ownerIds));
	}

	/** Names by account id and by user id. */
	public record Names(Map<Long, String> accounts, Map<Long, String> owners) {

		public String account(long id) {
			return accounts.getOrDefault(id, "");
		}

		public String owner(long id) {
			return owners.getOrDefault(id, "");
		}

	}

}
