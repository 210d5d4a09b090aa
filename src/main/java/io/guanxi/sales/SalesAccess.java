package io.guanxi.sales;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.guanxi.customer.AccountService;
import io.guanxi.customer.CustomerDirectory;
import io.guanxi.platform.AccessScope;
import io.guanxi.platform.AccessService;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.sales.internal.Opportunity;
import io.guanxi.sales.internal.OpportunityAccess;
import io.guanxi.sales.internal.OpportunityRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may see and change a quote, contract or order. Its owner and everyone above them,
 * whoever may read its account, and whoever may read its opportunity read it; they change
 * it when they may change the account or the opportunity, or are the owner or above them.
 * Creating one needs the right to change the account, or, for one on an opportunity, the
 * right to change that opportunity (which must be the account's).
 * <p>
 * The checks that answer yes or no never call a service that throws: a caught exception
 * from a transactional call would mark the caller's transaction for rollback.
 */
@Component
class SalesAccess {

	private final AccessService access;

	private final AccountService accounts;

	private final CustomerDirectory directory;

	private final Opportunities opportunities;

	private final OpportunityRepository opportunityRecords;

	private final OpportunityAccess opportunityAccess;

	SalesAccess(AccessService access, AccountService accounts, CustomerDirectory directory, Opportunities opportunities,
			OpportunityRepository opportunityRecords, OpportunityAccess opportunityAccess) {
		this.access = access;
		this.accounts = accounts;
		this.directory = directory;
		this.opportunities = opportunities;
		this.opportunityRecords = opportunityRecords;
		this.opportunityAccess = opportunityAccess;
	}

	/** Throws {@link RecordNotFoundException} unless the caller may read the record. */
	void checkRead(String recordType, long recordId, long accountId, @Nullable Long opportunityId, long ownerId) {
		if (!mayRead(accountId, opportunityId, ownerId)) {
			throw new RecordNotFoundException(recordType, recordId);
		}
	}

	/** Throws {@link RecordNotFoundException} unless the caller may change the record. */
	void checkChange(String recordType, long recordId, long accountId, @Nullable Long opportunityId, long ownerId) {
		if (!mayChange(accountId, opportunityId, ownerId)) {
			throw new RecordNotFoundException(recordType, recordId);
		}
	}

	boolean mayRead(long accountId, @Nullable Long opportunityId, long ownerId) {
		AccessScope scope = access.scope();
		return scope.permits(ownerId) || accountName(accountId) != null
				|| opportunity(opportunityId).map(deal -> opportunityAccess.canRead(deal, scope)).orElse(false);
	}

	/** As reading, since changing an account is the same right as reading it today. */
	boolean mayChange(long accountId, @Nullable Long opportunityId, long ownerId) {
		AccessScope scope = access.scope();
		return scope.permits(ownerId) || accountName(accountId) != null
				|| opportunity(opportunityId).map(deal -> opportunityAccess.canChange(deal, scope)).orElse(false);
	}

	/**
	 * Throws {@link RecordNotFoundException} unless the caller may change the account (or
	 * the opportunity, when one is named), to put a new record on it; a
	 * {@link BusinessRuleException} when the opportunity is another account's.
	 */
	void checkCreate(long accountId, @Nullable Long opportunityId) {
		if (opportunityId == null) {
			accounts.checkChange(accountId);
			return;
		}
		opportunities.checkChange(opportunityId);
		if (opportunities.get(opportunityId).accountId() != accountId) {
			throw new BusinessRuleException("sales.error.otherAccountsOpportunity");
		}
	}

	private Optional<Opportunity> opportunity(@Nullable Long opportunityId) {
		return opportunityId == null ? Optional.empty() : opportunityRecords.findById(opportunityId);
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
