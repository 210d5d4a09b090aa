package io.guanxi.sales.task;

import java.time.Instant;
import java.util.Objects;

import io.guanxi.customer.AccountService;
import io.guanxi.platform.AccessScope;
import io.guanxi.platform.AccessService;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.UserDirectory;
import io.guanxi.sales.SaveSalesTask;
import io.guanxi.sales.internal.Opportunity;
import io.guanxi.sales.internal.OpportunityAccess;
import io.guanxi.sales.internal.OpportunityRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a sales task must be: a title, a due time, a reminder not after it; a deal or
 * account the caller may read (a deal's task belongs to its account too); an active
 * assignee who, when someone else, may read what the task is for.
 */
@Component
public class TaskRules {

	private final OpportunityRepository opportunities;

	private final OpportunityAccess deals;

	private final AccountService accounts;

	private final TaskAccess access;

	private final AccessService platform;

	private final UserDirectory users;

	TaskRules(OpportunityRepository opportunities, OpportunityAccess deals, AccountService accounts, TaskAccess access,
			AccessService platform, UserDirectory users) {
		this.opportunities = opportunities;
		this.deals = deals;
		this.accounts = accounts;
		this.access = access;
		this.platform = platform;
		this.users = users;
	}

	/**
	 * Checks the command and writes it to the task. Links are checked when they change,
	 * the assignee when they or the links change: a task stays editable by its assignee
	 * after the deal has moved out of their reach.
	 */
	public void apply(SalesTask task, SaveSalesTask command, long assigneeId, boolean isNew) {
		String title = command.title() == null ? "" : command.title().strip();
		if (title.isEmpty()) {
			throw new BusinessRuleException("sales.tasks.error.titleRequired");
		}
		Instant dueAt = command.dueAt();
		if (dueAt == null) {
			throw new BusinessRuleException("sales.tasks.error.dueRequired");
		}
		if (command.remindAt() != null && command.remindAt().isAfter(dueAt)) {
			throw new BusinessRuleException("sales.tasks.error.reminderAfterDue");
		}
		Links links = links(command);
		boolean linksChanged = isNew || !Objects.equals(links.opportunityId(), task.opportunityId())
				|| !Objects.equals(links.accountId(), task.accountId());
		if (linksChanged) {
			checkReadable(links);
		}
		if (isNew || linksChanged || assigneeId != task.assigneeId()) {
			checkAssignee(assigneeId, links);
		}
		task.describe(title, blankToNull(command.notes()), command.priorityOrDefault(), dueAt, command.remindAt(),
				assigneeId);
		task.linkTo(links.opportunityId(), links.accountId());
	}

	/** A task for a deal belongs to the deal's account too. */
	private Links links(SaveSalesTask command) {
		if (command.opportunityId() == null) {
			return new Links(null, null, command.accountId());
		}
		long opportunityId = command.opportunityId();
		Opportunity deal = opportunities.findById(opportunityId)
			.orElseThrow(() -> new RecordNotFoundException(OpportunityAccess.RECORD_TYPE, opportunityId));
		if (command.accountId() != null && command.accountId() != deal.accountId()) {
			throw new BusinessRuleException("sales.tasks.error.otherAccount");
		}
		return new Links(deal, deal.id(), deal.accountId());
	}

	/** The caller must be able to read what they link the task to. */
	private void checkReadable(Links links) {
		if (links.deal() != null) {
			deals.checkRead(links.deal());
		}
		else if (links.accountId() != null) {
			accounts.get(links.accountId());
		}
	}

	/**
	 * The assignee is an active user; someone other than the caller must be able to read
	 * what the task is for.
	 */
	private void checkAssignee(long assigneeId, Links links) {
		UserDirectory.UserSummary assignee = users.findById(assigneeId)
			.filter(UserDirectory.UserSummary::enabled)
			.orElseThrow(() -> new BusinessRuleException("sales.tasks.error.assignee"));
		if (assigneeId == platform.currentUser().id()) {
			return;
		}
		AccessScope scope = platform.scopeOf(assigneeId);
		boolean mayRead = links.deal() != null ? deals.canRead(links.deal(), scope)
				: links.accountId() == null || access.mayReadAccount(links.accountId(), scope);
		if (!mayRead) {
			throw new BusinessRuleException("sales.tasks.error.assigneeAccess", assignee.displayName());
		}
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** What a task is for: a deal and its account, an account, or nothing. */
	private record Links(@Nullable Opportunity deal, @Nullable Long opportunityId, @Nullable Long accountId) {
	}

}
