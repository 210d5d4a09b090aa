package io.guanxi.sales;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import io.guanxi.customer.AccountDetails;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.ContactService;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.platform.UserDirectory;
import io.guanxi.relationship.BuyingRole;
import io.guanxi.sales.internal.ControlPoints;
import io.guanxi.sales.internal.Opportunity;
import io.guanxi.sales.internal.OpportunityAccess;
import io.guanxi.sales.internal.OpportunityRepository;
import io.guanxi.sales.internal.OpportunityViews;
import io.guanxi.sales.internal.SalesProcess;
import io.guanxi.sales.internal.Stage;
import io.guanxi.sales.internal.StageChange;
import io.guanxi.sales.internal.StageChangeRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opportunities (商机): open one on an account, describe it, move it through its process's
 * stages (checking the control points of each stage it leaves), close it as lost, tick
 * its checklist, name the customer's people on it and its deal team. Every change names
 * the version it was based on, so that two people moving one deal at once cannot both
 * win.
 */
@Service
@Transactional
public class Opportunities {

	private final OpportunityRepository opportunities;

	private final StageChangeRepository changes;

	private final SalesProcesses processes;

	private final OpportunityAccess access;

	private final ControlPoints controlPoints;

	private final OpportunityViews views;

	private final AccountService accounts;

	private final ContactService contacts;

	private final UserDirectory users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Opportunities(OpportunityRepository opportunities, StageChangeRepository changes, SalesProcesses processes,
			OpportunityAccess access, ControlPoints controlPoints, OpportunityViews views, AccountService accounts,
			ContactService contacts, UserDirectory users, ApplicationEventPublisher events, Clock clock) {
		this.opportunities = opportunities;
		this.changes = changes;
		this.processes = processes;
		this.access = access;
		this.controlPoints = controlPoints;
		this.views = views;
		this.accounts = accounts;
		this.contacts = contacts;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public OpportunityView get(long id) {
		return views.of(readable(id));
	}

	/** The account's opportunities the caller may read, newest first. */
	@Transactional(readOnly = true)
	public List<OpportunityView> forAccount(long accountId) {
		accounts.get(accountId);
		return opportunities.findByAccountIdOrderByCreatedAtDesc(accountId)
			.stream()
			.filter(opportunity -> access.canRead(opportunity, access.scope()))
			.map(views::of)
			.toList();
	}

	/** Throws {@link RecordNotFoundException} unless the caller may read it. */
	@Transactional(readOnly = true)
	public void checkRead(long id) {
		readable(id);
	}

	/** Throws {@link RecordNotFoundException} unless the caller may change it. */
	@Transactional(readOnly = true)
	public void checkChange(long id) {
		access.checkChange(found(id));
	}

	public OpportunityView create(SaveOpportunity command) {
		AccountDetails account = accounts.get(Objects.requireNonNull(command.accountId()));
		long ownerId = ownerFor(command.ownerId());
		SalesProcess process = process(command, account);
		Instant now = clock.instant();
		Opportunity opportunity = new Opportunity(account.id(), ownerId, name(command), process, now);
		describe(opportunity, command);
		opportunities.saveAndFlush(opportunity);
		recordMove(opportunity, null, process.firstStage(), now);
		return views.of(opportunity);
	}

	/** Changes what the opportunity says; its account, process and stage stay. */
	public OpportunityView update(long id, SaveOpportunity command, long expectedVersion) {
		Opportunity opportunity = changeable(id, expectedVersion);
		if (command.ownerId() != null && command.ownerId() != opportunity.ownerId()) {
			long ownerId = ownerFor(command.ownerId());
			events.publishEvent(new OpportunityReassigning(id, opportunity.ownerId(), ownerId));
			opportunity.assignTo(ownerId);
		}
		describe(opportunity, command);
		return saved(opportunity);
	}

	/** The owner's own judgement of the chances, until the next stage move. */
	public OpportunityView forecast(long id, int probability, ForecastCategory category, long expectedVersion) {
		if (probability < 0 || probability > 100 || category == ForecastCategory.CLOSED) {
			throw new BusinessRuleException("sales.opportunity.error.forecast");
		}
		Opportunity opportunity = open(changeable(id, expectedVersion));
		opportunity.forecast(probability, category);
		return saved(opportunity);
	}

	/**
	 * Moves the opportunity to another stage of its process. Forward, every control point
	 * of each stage it leaves must hold, else nothing changes and the exception lists
	 * what is missing. A won stage closes it as won; an open stage reopens a closed one.
	 */
	public OpportunityView moveToStage(long id, long stageId, long expectedVersion) {
		Opportunity opportunity = changeable(id, expectedVersion);
		SalesProcess process = processes.entity(opportunity.processId());
		Stage from = process.stage(opportunity.stageId());
		Stage to = process.stages()
			.stream()
			.filter(stage -> stage.id() == stageId)
			.findFirst()
			.orElseThrow(() -> new BusinessRuleException("sales.stage.error.otherProcess"));
		if (to.id() == from.id() && !opportunity.status().closed()) {
			return views.of(opportunity);
		}
		List<MessageSourceResolvable> missing = controlPoints.missingFor(opportunity, process, to);
		if (!missing.isEmpty()) {
			throw new BusinessRuleException(missing, "sales.stage.error.controlPoints", opportunity.name(),
					ControlPoints.label("sales.stage.", to.code(), to.name()), missing.size());
		}
		Instant now = clock.instant();
		opportunity.enter(to, now);
		OpportunityView view = saved(opportunity);
		recordMove(opportunity, from, to, now);
		return view;
	}

	/** Closes the opportunity as lost, at the stage it is in; the reason is required. */
	public OpportunityView markLost(long id, @Nullable String reason, long expectedVersion) {
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("sales.opportunity.error.lostReason");
		}
		Opportunity opportunity = open(changeable(id, expectedVersion));
		Instant now = clock.instant();
		opportunity.close(OpportunityStatus.LOST, reason.strip(), now);
		OpportunityView view = saved(opportunity);
		Stage stage = processes.entity(opportunity.processId()).stage(opportunity.stageId());
		recordMove(opportunity, stage, stage, now);
		return view;
	}

	/** Ticks or unticks a checklist task of any stage of the opportunity's process. */
	public OpportunityView markTask(long id, long stageTaskId, boolean done, long expectedVersion) {
		Opportunity opportunity = changeable(id, expectedVersion);
		boolean inProcess = processes.entity(opportunity.processId())
			.stages()
			.stream()
			.flatMap(stage -> stage.tasks().stream())
			.anyMatch(task -> task.id() == stageTaskId);
		if (!inProcess) {
			throw new BusinessRuleException("sales.stage.error.otherProcess");
		}
		opportunity.markTask(stageTaskId, done, access.currentUser().id(), clock.instant());
		return saved(opportunity);
	}

	/** Puts one of the account's people on the deal with their buying role. */
	public OpportunityView putContact(long id, long contactId, @Nullable BuyingRole role, long expectedVersion) {
		Opportunity opportunity = changeable(id, expectedVersion);
		contacts.get(contactId);
		opportunity.putContact(contactId, role);
		return saved(opportunity);
	}

	public OpportunityView removeContact(long id, long contactId, long expectedVersion) {
		Opportunity opportunity = changeable(id, expectedVersion);
		opportunity.removeContact(contactId);
		return saved(opportunity);
	}

	/**
	 * Adds a user to the deal team or changes their role. Only those whose scope covers
	 * the owner manage the team: a member cannot grant themselves more.
	 */
	public OpportunityView putMember(long id, long userId, TeamRole role, boolean canEdit, long expectedVersion) {
		Opportunity opportunity = teamManageable(id, expectedVersion);
		if (users.findById(userId).filter(UserDirectory.UserSummary::enabled).isEmpty()) {
			throw new BusinessRuleException("sales.team.error.user");
		}
		if (userId == opportunity.ownerId()) {
			throw new BusinessRuleException("sales.team.error.owner");
		}
		opportunity.putMember(userId, role, canEdit);
		return saved(opportunity);
	}

	public OpportunityView removeMember(long id, long userId, long expectedVersion) {
		Opportunity opportunity = teamManageable(id, expectedVersion);
		opportunity.removeMember(userId);
		return saved(opportunity);
	}

	/** The stage moves of the opportunity, oldest first. */
	@Transactional(readOnly = true)
	public List<StageChangeView> stageHistory(long id) {
		Opportunity opportunity = readable(id);
		return views.history(opportunity, changes.findByOpportunityIdOrderByChangedAtAscIdAsc(id));
	}

	/** The control points the opportunity must still meet to leave its current stage. */
	@Transactional(readOnly = true)
	public List<MessageSourceResolvable> missingToLeaveStage(long id) {
		Opportunity opportunity = readable(id);
		SalesProcess process = processes.entity(opportunity.processId());
		return controlPoints.missingToLeave(opportunity, process.stage(opportunity.stageId()));
	}

	private void describe(Opportunity opportunity, SaveOpportunity command) {
		opportunity.describe(name(command), command.amount(), command.currencyOrDefault(), command.closeDate(),
				blankToNull(command.nextStep()), blankToNull(command.productLine()), blankToNull(command.source()),
				blankToNull(command.description()));
	}

	private SalesProcess process(SaveOpportunity command, AccountDetails account) {
		long processId = command.processId() != null ? command.processId()
				: processes.applicableTo(command.productLine(), account.tier() == null ? null : account.tier().name())
					.id();
		SalesProcess process = processes.entity(processId);
		if (!process.active() || process.stages().isEmpty()) {
			throw new BusinessRuleException("sales.process.error.inactive", process.name());
		}
		return process;
	}

	private long ownerFor(@Nullable Long ownerId) {
		long caller = access.currentUser().id();
		if (ownerId == null || ownerId == caller) {
			return caller;
		}
		if (!access.scope().permits(ownerId)) {
			throw new BusinessRuleException("sales.opportunity.error.owner");
		}
		return ownerId;
	}

	private void recordMove(Opportunity opportunity, @Nullable Stage from, Stage to, Instant now) {
		Long userId = access.currentUser().id();
		changes.save(new StageChange(opportunity.id(), from == null ? null : from.id(), to.id(), opportunity.status(),
				userId, now));
		events.publishEvent(new OpportunityStageChanged(opportunity.id(), opportunity.accountId(),
				opportunity.ownerId(), from == null ? null : from.id(), to.id(), opportunity.status(),
				opportunity.amount(), opportunity.currency(), now));
	}

	private OpportunityView saved(Opportunity opportunity) {
		opportunities.saveAndFlush(opportunity);
		return views.of(opportunity);
	}

	private Opportunity readable(long id) {
		Opportunity opportunity = found(id);
		access.checkRead(opportunity);
		return opportunity;
	}

	private Opportunity changeable(long id, long expectedVersion) {
		Opportunity opportunity = found(id);
		access.checkChange(opportunity);
		if (opportunity.version() != expectedVersion) {
			throw new StaleVersionException(OpportunityAccess.RECORD_TYPE, id, expectedVersion, opportunity.version());
		}
		return opportunity;
	}

	private Opportunity teamManageable(long id, long expectedVersion) {
		Opportunity opportunity = changeable(id, expectedVersion);
		if (!access.scope().permits(opportunity.ownerId())) {
			throw new BusinessRuleException("sales.team.error.manage");
		}
		return opportunity;
	}

	private static Opportunity open(Opportunity opportunity) {
		if (opportunity.status().closed()) {
			throw new BusinessRuleException("sales.opportunity.error.closed");
		}
		return opportunity;
	}

	private Opportunity found(long id) {
		return opportunities.findById(id)
			.orElseThrow(() -> new RecordNotFoundException(OpportunityAccess.RECORD_TYPE, id));
	}

	private static String name(SaveOpportunity command) {
		return Objects.requireNonNull(command.name()).strip();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
