package io.guanxi.sales;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.guanxi.platform.AccessScope;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.CurrentUser;
import io.guanxi.platform.Notice;
import io.guanxi.platform.NoticeText;
import io.guanxi.platform.Notifications;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.Role;
import io.guanxi.platform.UserDirectory;
import io.guanxi.sales.internal.GateApprovers;
import io.guanxi.sales.internal.Opportunity;
import io.guanxi.sales.internal.OpportunityAccess;
import io.guanxi.sales.internal.OpportunityRepository;
import io.guanxi.sales.internal.StageApproval;
import io.guanxi.sales.internal.StageApprovalRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager's approval, the control point that a stage may require before an opportunity
 * leaves it. Whoever may change the opportunity asks; a sales manager or admin whose
 * scope covers the owner decides, and never on their own request.
 */
@Service
@Transactional
public class StageApprovals {

	private final StageApprovalRepository approvals;

	private final OpportunityRepository opportunities;

	private final SalesProcesses processes;

	private final OpportunityAccess access;

	private final GateApprovers approvers;

	private final Notifications notifications;

	private final UserDirectory users;

	private final Clock clock;

	StageApprovals(StageApprovalRepository approvals, OpportunityRepository opportunities, SalesProcesses processes,
			OpportunityAccess access, GateApprovers approvers, Notifications notifications, UserDirectory users,
			Clock clock) {
		this.approvals = approvals;
		this.opportunities = opportunities;
		this.processes = processes;
		this.access = access;
		this.approvers = approvers;
		this.notifications = notifications;
		this.users = users;
		this.clock = clock;
	}

	/**
	 * Asks for approval to leave the opportunity's current stage; the managers are told.
	 */
	public ApprovalView request(long opportunityId) {
		Opportunity opportunity = found(opportunityId);
		access.checkChange(opportunity);
		if (opportunity.status().closed()) {
			throw new BusinessRuleException("sales.opportunity.error.closed");
		}
		StageView stage = processes.get(opportunity.processId()).stage(opportunity.stageId());
		if (stage.gates().stream().noneMatch(gate -> gate.kind() == GateKind.APPROVAL)) {
			throw new BusinessRuleException("sales.approval.error.notNeeded");
		}
		boolean asked = approvals.findByOpportunityIdOrderByRequestedAtDesc(opportunityId)
			.stream()
			.anyMatch(approval -> approval.stageId() == stage.id() && approval.status() != ApprovalStatus.REJECTED);
		if (asked) {
			throw new BusinessRuleException("sales.approval.error.alreadyAsked");
		}
		CurrentUser user = access.currentUser();
		StageApproval approval = approvals
			.save(new StageApproval(opportunityId, stage.id(), user.id(), clock.instant()));
		approvers.of(opportunity.ownerId())
			.stream()
			.filter(approverId -> approverId != user.id())
			.forEach(approverId -> notifications.notify(approverId,
					notice("sales.approval.notice.requested", approval, user, opportunity)));
		return view(approval);
	}

	/** Approves or rejects; the requester is told. */
	public ApprovalView decide(long approvalId, boolean approve, @Nullable String note) {
		StageApproval approval = approvals.findById(approvalId)
			.orElseThrow(() -> new RecordNotFoundException("stageApproval", approvalId));
		Opportunity opportunity = found(approval.opportunityId());
		access.checkRead(opportunity);
		CurrentUser user = access.currentUser();
		if (!mayDecide(user, opportunity, approval)) {
			throw new BusinessRuleException("sales.approval.error.notApprover");
		}
		if (approval.status() != ApprovalStatus.PENDING) {
			throw new BusinessRuleException("sales.approval.error.decided");
		}
		approval.decide(approve ? ApprovalStatus.APPROVED : ApprovalStatus.REJECTED, user.id(),
				note == null || note.isBlank() ? null : note.strip(), clock.instant());
		notifications.notify(approval.requestedBy(),
				notice(approve ? "sales.approval.notice.approved" : "sales.approval.notice.rejected", approval, user,
						opportunity));
		return view(approvals.saveAndFlush(approval));
	}

	@Transactional(readOnly = true)
	public List<ApprovalView> of(long opportunityId) {
		Opportunity opportunity = found(opportunityId);
		access.checkRead(opportunity);
		return approvals.findByOpportunityIdOrderByRequestedAtDesc(opportunityId).stream().map(this::view).toList();
	}

	/** Whether the caller may decide this approval (for showing the buttons). */
	@Transactional(readOnly = true)
	public boolean canDecide(ApprovalView approval) {
		CurrentUser user = access.currentUser();
		StageApproval stored = approvals.findById(approval.id()).orElseThrow();
		return stored.status() == ApprovalStatus.PENDING && mayDecide(user, found(stored.opportunityId()), stored);
	}

	private boolean mayDecide(CurrentUser user, Opportunity opportunity, StageApproval approval) {
		AccessScope scope = access.scope();
		return (user.role() == Role.SALES_MANAGER || user.role() == Role.ADMIN) && user.id() != approval.requestedBy()
				&& user.id() != opportunity.ownerId() && scope.permits(opportunity.ownerId());
	}

	private static Notice notice(String key, StageApproval approval, CurrentUser actor, Opportunity opportunity) {
		return new Notice("sales.approval", key + ":" + approval.id(),
				NoticeText.message(key, NoticeText.plain(actor.displayName()), NoticeText.plain(opportunity.name())),
				"/opportunities/" + opportunity.id());
	}

	private Opportunity found(long id) {
		return opportunities.findById(id)
			.orElseThrow(() -> new RecordNotFoundException(OpportunityAccess.RECORD_TYPE, id));
	}

	private ApprovalView view(StageApproval approval) {
		Set<Long> ids = approval.decidedBy() == null ? Set.of(approval.requestedBy())
				: Set.of(approval.requestedBy(), approval.decidedBy());
		Map<Long, String> names = users.displayNames(ids);
		return new ApprovalView(approval.id(), approval.opportunityId(), approval.stageId(), approval.status(),
				names.getOrDefault(approval.requestedBy(), ""), approval.requestedAt(),
				approval.decidedBy() == null ? null : names.get(approval.decidedBy()), approval.decidedAt(),
				approval.note());
	}

}
