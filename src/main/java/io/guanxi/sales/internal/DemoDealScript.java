package io.guanxi.sales.internal;

import java.util.List;
import java.util.function.Supplier;

import io.guanxi.relationship.BuyingRole;
import io.guanxi.sales.DocumentKind;
import io.guanxi.sales.GateKind;
import io.guanxi.sales.OpportunityView;
import io.guanxi.sales.ProcessView;
import io.guanxi.sales.SaveDealReview;
import io.guanxi.sales.StageView;
import io.guanxi.sales.TeamRole;
import io.guanxi.sales.internal.DemoOpportunities.Services;
import org.jspecify.annotations.Nullable;

/**
 * Moves one demo deal as its owner would: ticks each stage's checklist, attaches the
 * documents a stage asks for, gets the manager's approval, then moves on.
 */
final class DemoDealScript {

	private final Services services;

	private final RunAs runAs;

	private final String owner;

	private final String approver;

	private @Nullable OpportunityView deal;

	DemoDealScript(Services services, RunAs runAs, String owner, String approver) {
		this.services = services;
		this.runAs = runAs;
		this.owner = owner;
		this.approver = approver;
	}

	void start(OpportunityView opened) {
		this.deal = opened;
	}

	OpportunityView deal() {
		if (deal == null) {
			throw new IllegalStateException("not started");
		}
		return deal;
	}

	void putContact(long contactId, BuyingRole role) {
		deal = asOwner(() -> services.opportunities().putContact(deal().id(), contactId, role, deal().version()));
	}

	void putMember(long userId, TeamRole role) {
		deal = asOwner(() -> services.opportunities().putMember(deal().id(), userId, role, true, deal().version()));
	}

	/**
	 * Meets every control point of each stage before the target and moves on; into a won
	 * stage only when {@code won}.
	 */
	void advanceTo(String code, boolean won) {
		ProcessView process = services.processes().get(deal().processId());
		StageView target = process.stages()
			.stream()
			.filter(stage -> code.equals(stage.code()))
			.findFirst()
			.orElseThrow();
		while (deal().stage().position() < target.position()) {
			StageView stage = deal().stage();
			StageView next = process.stages().get(process.stages().indexOf(stage) + 1);
			if (next.won() && !won) {
				return;
			}
			meet(stage);
			deal = asOwner(() -> services.opportunities().moveToStage(deal().id(), next.id(), deal().version()));
		}
	}

	void tick(List<String> taskCodes) {
		deal().stage()
			.tasks()
			.stream()
			.filter(task -> taskCodes.contains(task.code()))
			.forEach(task -> deal = asOwner(
					() -> services.opportunities().markTask(deal().id(), task.id(), true, deal().version())));
	}

	void askApproval() {
		asOwner(() -> services.approvals().request(deal().id()));
	}

	void lose(@Nullable String reason) {
		deal = asOwner(() -> services.opportunities().markLost(deal().id(), reason, deal().version()));
	}

	void review(SaveDealReview review) {
		asOwner(() -> services.reviews().save(deal().id(), review, null));
	}

	private void meet(StageView stage) {
		tick(stage.tasks().stream().map(StageView.TaskView::code).toList());
		for (StageView.GateView gate : stage.gates()) {
			if (gate.kind() == GateKind.DOCUMENT && gate.documentKind() != null) {
				attach(gate.documentKind());
			}
			if (gate.kind() == GateKind.APPROVAL) {
				long approval = asOwner(() -> services.approvals().request(deal().id())).id();
				runAs.as(approver, () -> services.approvals().decide(approval, true, "同意，按此报价推进。"));
			}
		}
	}

	private void attach(DocumentKind kind) {
		String file = switch (kind) {
			case PROPOSAL -> "方案建议书 v2.pdf";
			case BID -> "投标文件（技术标+商务标）.pdf";
			case CONTRACT -> "合同（双方盖章版）.pdf";
			case OTHER -> "会议纪要.pdf";
		};
		byte[] content = DemoPdf.titled(kind.name().charAt(0) + kind.name().substring(1).toLowerCase(),
				"Opportunity " + deal().id());
		asOwner(() -> services.documents().upload(deal().id(), kind, file, "application/pdf", content));
	}

	private <T> T asOwner(Supplier<T> work) {
		return runAs.as(owner, work);
	}

	/** Runs service calls as a demo user. */
	@FunctionalInterface
	interface RunAs {

		<T> T as(String username, Supplier<T> work);

	}

}
