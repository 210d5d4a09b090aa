package io.guanxi.sales.task;

import java.util.Optional;

import io.guanxi.customer.AccountService;
import io.guanxi.platform.AccessScope;
import io.guanxi.platform.AccessService;
import io.guanxi.sales.internal.Opportunity;
import io.guanxi.sales.internal.OpportunityAccess;
import io.guanxi.sales.internal.OpportunityRepository;
import org.springframework.stereotype.Component;

/**
 * Who may see and change a sales task: its assignee and its creator, and whoever may read
 * (to see) or change (to change) the deal or account it is linked to.
 */
@Component
public class TaskAccess {

	private final OpportunityRepository opportunities;

	private final OpportunityAccess deals;

	private final AccountService accounts;

	private final AccessService access;

	TaskAccess(OpportunityRepository opportunities, OpportunityAccess deals, AccountService accounts,
			AccessService access) {
		this.opportunities = opportunities;
		this.deals = deals;
		this.accounts = accounts;
		this.access = access;
	}

	/** Whether the user of {@code scope} may see the task. */
	public boolean canRead(SalesTask task, AccessScope scope) {
		if (own(task, scope.userId())) {
			return true;
		}
		Optional<Opportunity> deal = deal(task);
		if (deal.isPresent() && deals.canRead(deal.get(), scope)) {
			return true;
		}
		return task.accountId() != null && mayReadAccount(task.accountId(), scope);
	}

	/** Whether the signed-in user may change the task. */
	public boolean canChange(SalesTask task) {
		AccessScope scope = access.scope();
		if (own(task, scope.userId())) {
			return true;
		}
		Optional<Opportunity> deal = deal(task);
		if (deal.isPresent() && deals.canChange(deal.get(), scope)) {
			return true;
		}
		// accounts are changed by those who read them (the platform's rule by scope);
		// asked
		// without an exception, which would spoil the caller's transaction
		return task.accountId() != null && mayReadAccount(task.accountId(), scope);
	}

	/** Whether the user of {@code scope} may read the account. */
	public boolean mayReadAccount(long accountId, AccessScope scope) {
		return accounts.ownerOf(accountId).map(scope::permits).orElse(false);
	}

	private Optional<Opportunity> deal(SalesTask task) {
		return task.opportunityId() == null ? Optional.empty() : opportunities.findById(task.opportunityId());
	}

	private static boolean own(SalesTask task, long userId) {
		return task.assigneeId() == userId || task.createdBy() == userId;
	}

}
