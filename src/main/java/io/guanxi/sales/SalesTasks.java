package io.guanxi.sales;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import io.guanxi.customer.AccountService;
import io.guanxi.platform.AccessDeniedProblem;
import io.guanxi.platform.AccessScope;
import io.guanxi.platform.AccessService;
import io.guanxi.platform.CurrentUser;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.sales.internal.Opportunity;
import io.guanxi.sales.internal.OpportunityAccess;
import io.guanxi.sales.internal.OpportunityRepository;
import io.guanxi.sales.task.SalesTask;
import io.guanxi.sales.task.SalesTaskRepository;
import io.guanxi.sales.task.TaskAccess;
import io.guanxi.sales.task.TaskQueries;
import io.guanxi.sales.task.TaskRules;
import io.guanxi.sales.task.TaskViews;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sales tasks (销售任务) with due times and reminders: add, change, tick off and delete them,
 * list a user's own, a deal's and an account's. A task is seen by its assignee, its
 * creator and whoever may read the deal or account it is for, and changed by its
 * assignee, its creator and whoever may change that deal or account. Someone else may be
 * given a task for a deal or account only when they may read it.
 */
@Service
@Transactional
public class SalesTasks {

	static final String RECORD_TYPE = "salesTask";

	/** The most open tasks a deal's or account's section lists. */
	public static final int SECTION_LIMIT = 50;

	/** The most open tasks "My tasks" groups; more are left for the API. */
	public static final int MY_OPEN_LIMIT = 300;

	/** The latest done tasks "My tasks" shows. */
	public static final int MY_DONE_LIMIT = 10;

	private final SalesTaskRepository tasks;

	private final TaskAccess taskAccess;

	private final TaskViews views;

	private final TaskQueries queries;

	private final TaskRules rules;

	private final OpportunityRepository opportunities;

	private final OpportunityAccess deals;

	private final AccountService accounts;

	private final AccessService access;

	private final Clock clock;

	SalesTasks(SalesTaskRepository tasks, TaskAccess taskAccess, TaskViews views, TaskQueries queries, TaskRules rules,
			OpportunityRepository opportunities, OpportunityAccess deals, AccountService accounts, AccessService access,
			Clock clock) {
		this.tasks = tasks;
		this.taskAccess = taskAccess;
		this.views = views;
		this.queries = queries;
		this.rules = rules;
		this.opportunities = opportunities;
		this.deals = deals;
		this.accounts = accounts;
		this.access = access;
		this.clock = clock;
	}

	/** Adds a task; without an assignee it is the caller's. */
	public SalesTaskView create(SaveSalesTask command) {
		CurrentUser user = access.currentUser();
		SalesTask task = new SalesTask(user.id());
		rules.apply(task, command, command.assigneeId() == null ? user.id() : command.assigneeId(), true);
		return view(tasks.saveAndFlush(task));
	}

	/** Changes a task the caller last saw at {@code expectedVersion}. */
	public SalesTaskView update(long id, SaveSalesTask command, long expectedVersion) {
		SalesTask task = changeable(id, expectedVersion);
		rules.apply(task, command, command.assigneeId() == null ? task.assigneeId() : command.assigneeId(), false);
		return view(tasks.saveAndFlush(task));
	}

	/** Ticks a task off, or opens it again. */
	public SalesTaskView markDone(long id, boolean done, long expectedVersion) {
		SalesTask task = changeable(id, expectedVersion);
		task.markDone(done, access.currentUser().id(), clock.instant());
		return view(tasks.saveAndFlush(task));
	}

	public void delete(long id, long expectedVersion) {
		tasks.delete(changeable(id, expectedVersion));
	}

	@Transactional(readOnly = true)
	public SalesTaskView get(long id) {
		return view(readable(id));
	}

	/** The caller's own tasks, grouped for "My tasks". */
	@Transactional(readOnly = true)
	public MyTasks mine() {
		long userId = access.currentUser().id();
		List<SalesTask> open = tasks.findByAssigneeIdAndDoneAtIsNullOrderByDueAtAscIdAsc(userId,
				Limit.of(MY_OPEN_LIMIT + 1));
		List<SalesTask> done = tasks.findByAssigneeIdAndDoneAtIsNotNullOrderByDoneAtDescIdDesc(userId,
				Limit.of(MY_DONE_LIMIT));
		boolean more = open.size() > MY_OPEN_LIMIT;
		List<SalesTaskView> openViews = views.of(open.subList(0, Math.min(open.size(), MY_OPEN_LIMIT)),
				taskAccess::canChange);
		// the zone the pages show times in
		return MyTasks.of(openViews, views.of(done, taskAccess::canChange), more, clock.instant(),
				ZoneId.systemDefault());
	}

	/** The caller's done tasks, the latest first. */
	@Transactional(readOnly = true)
	public Page<SalesTaskView> doneByCaller(Pageable pageable) {
		Page<SalesTask> page = tasks
			.findByAssigneeIdAndDoneAtIsNotNullOrderByDoneAtDescIdDesc(access.currentUser().id(), pageable);
		return new PageImpl<>(views.of(page.getContent(), taskAccess::canChange), pageable, page.getTotalElements());
	}

	/** The deal's open tasks, due first; the caller must be able to read the deal. */
	@Transactional(readOnly = true)
	public List<SalesTaskView> openForOpportunity(long opportunityId) {
		deals.checkRead(deal(opportunityId));
		return views.of(
				tasks.findByOpportunityIdAndDoneAtIsNullOrderByDueAtAscIdAsc(opportunityId, Limit.of(SECTION_LIMIT)),
				taskAccess::canChange);
	}

	/**
	 * The account's open tasks (its deals' too), due first; the caller must be able to
	 * read the account.
	 */
	@Transactional(readOnly = true)
	public List<SalesTaskView> openForAccount(long accountId) {
		accounts.get(accountId);
		return views.of(tasks.findByAccountIdAndDoneAtIsNullOrderByDueAtAscIdAsc(accountId, Limit.of(SECTION_LIMIT)),
				taskAccess::canChange);
	}

	/**
	 * Tasks matching the filter that the caller may see, due first. Naming a deal or an
	 * account lists all its tasks (the caller must be able to read it); otherwise the
	 * caller's own and those of the deals they may read.
	 */
	@Transactional(readOnly = true)
	public Page<SalesTaskView> list(TaskFilter filter, Pageable pageable) {
		boolean recordChecked = false;
		if (filter.opportunityId() != null) {
			deals.checkRead(deal(filter.opportunityId()));
			recordChecked = true;
		}
		if (filter.accountId() != null) {
			accounts.get(filter.accountId());
			recordChecked = true;
		}
		AccessScope scope = access.scope();
		List<Long> ids = queries.ids(filter, scope, recordChecked, pageable.getOffset(), pageable.getPageSize());
		List<SalesTask> found = tasks.findAllById(ids);
		found.sort((a, b) -> Integer.compare(ids.indexOf(a.id()), ids.indexOf(b.id())));
		return new PageImpl<>(views.of(found, taskAccess::canChange), pageable,
				queries.count(filter, scope, recordChecked));
	}

	private SalesTask readable(long id) {
		SalesTask task = tasks.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
		if (!taskAccess.canRead(task, access.scope())) {
			throw new RecordNotFoundException(RECORD_TYPE, id);
		}
		return task;
	}

	private SalesTask changeable(long id, long expectedVersion) {
		SalesTask task = readable(id);
		if (!taskAccess.canChange(task)) {
			throw new AccessDeniedProblem(
					"Only the assignee, the creator and those who may change its deal or account change a task");
		}
		if (task.version() != expectedVersion) {
			throw new StaleVersionException(RECORD_TYPE, id, expectedVersion, task.version());
		}
		return task;
	}

	private Opportunity deal(long opportunityId) {
		return opportunities.findById(opportunityId)
			.orElseThrow(() -> new RecordNotFoundException(OpportunityAccess.RECORD_TYPE, opportunityId));
	}

	private SalesTaskView view(SalesTask task) {
		return views.of(List.of(task), taskAccess::canChange).get(0);
	}

}
