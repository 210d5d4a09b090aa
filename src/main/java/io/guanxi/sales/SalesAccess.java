package io.guanxi.sales;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.guanxi.customer.AccountService;
import io.guanxi.customer.CustomerDirectory;
import io.guanxi.platform.AccessScope;
import io.guanxi.platform.AccessService;
import io.guanxi.platform.RecordNotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may see and change a quote, contract or order. Its owner and everyone above them,
 * and whoever may read its account, read it; the same people change it (as for accounts,
 * reading and changing are one right today). Creating one needs the right to change the
 * account.
 * <p>
 * The checks that answer yes or no never call a service that throws: a caught exception
 * from a transactional call would mark the caller's transaction for rollback.
 */
@Component
class SalesAccess {

	private final AccessService access;

	private final AccountService accounts;

	private final CustomerDirectory directory;

	SalesAccess(AccessService access, AccountService accounts, CustomerDirectory directory) {
		this.access = access;
		this.accounts = accounts;
		this.directory = directory;
	}

	/** Throws {@link RecordNotFoundException} unless the caller may read the record. */
	void checkRead(String recordType, long recordId, long accountId, @Nullable Long opportunityId, long ownerId) {
		if (!mayRead(accountId, opportunityId, ownerId)) {
			throw new RecordNotFoundException(recordType, recordId);
		}
	}

	/** Throws {@link RecordNotFoundException} unless the caller may change the record. */
	void checkChange(String recordType, long recordId, long accountId, @Nullable Long opportunityId, long ownerId) {
		checkRead(recordType, recordId, accountId, opportunityId, ownerId);
	}

	boolean mayRead(long accountId, @Nullable Long opportunityId, long ownerId) {
		return access.scope().permits(ownerId) || accountName(accountId) != null;
	}

	boolean mayChange(long accountId, @Nullable Long opportunityId, long ownerId) {
		return mayRead(accountId, opportunityId, ownerId);
	}

	/**
	 * Throws {@link RecordNotFoundException} unless the caller may change the account, to
	 * put a new record on it.
	 */
	void checkCreate(long accountId, @Nullable Long opportunityId) {
		accounts.checkChange(accountId);
	}

	/** The account's name, or null when the caller may not read it. */
	@Nullable String accountName(long accountId) {
		return directory.accountNames(List.of(accountId)).get(accountId);
	}

	/** The names of those of the accounts the caller may read. */
	Map<Long, String> accountNames(Collection<Long> accountIds) {
		return directory.accountNames(accountIds);
	}

	AccessScope scope() {
		return access.scope();
	}

	long currentUserId() {
		return access.currentUser().id();
	}

}
