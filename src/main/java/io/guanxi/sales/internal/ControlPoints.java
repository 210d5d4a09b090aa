package io.guanxi.sales.internal;

import java.util.ArrayList;
import java.util.List;

import io.guanxi.platform.BusinessRuleException;
import io.guanxi.relationship.BuyingRole;
import io.guanxi.sales.ApprovalStatus;
import io.guanxi.sales.GateField;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The control points (控制点) of a stage: its required tasks and its gates. An opportunity
 * may enter a later stage only when every control point of each stage it leaves holds;
 * moving back needs none.
 */
@Component
public class ControlPoints {

	private final CompetitorRepository competitors;

	private final SalesDocumentRepository documents;

	private final StageApprovalRepository approvals;

	ControlPoints(CompetitorRepository competitors, SalesDocumentRepository documents,
			StageApprovalRepository approvals) {
		this.competitors = competitors;
		this.documents = documents;
		this.approvals = approvals;
	}

	/** What is missing before the opportunity may move from its stage to the target. */
	public List<MessageSourceResolvable> missingFor(Opportunity opportunity, SalesProcess process, Stage target) {
		Stage current = process.stage(opportunity.stageId());
		List<MessageSourceResolvable> missing = new ArrayList<>();
		process.stages()
			.stream()
			.filter(stage -> stage.position() >= current.position() && stage.position() < target.position())
			.forEach(stage -> missing.addAll(missingToLeave(opportunity, stage)));
		return missing;
	}

	/** What is missing before the opportunity may leave this stage. */
	public List<MessageSourceResolvable> missingToLeave(Opportunity opportunity, Stage stage) {
		List<MessageSourceResolvable> missing = new ArrayList<>();
		Object stageName = label("sales.stage.", stage.code(), stage.name());
		stage.tasks()
			.stream()
			.filter(task -> task.required() && !opportunity.taskDone(task.id()))
			.forEach(task -> missing.add(BusinessRuleException.reason("sales.gate.task", stageName,
					label("sales.task.", task.code(), task.name()))));
		for (StageGate gate : stage.gates()) {
			MessageSourceResolvable reason = switch (gate.kind()) {
				case FIELD -> fieldHolds(opportunity, gate.field()) ? null
						: BusinessRuleException.reason("sales.gate.field", stageName,
								label("sales.gate.field.", String.valueOf(gate.field()), String.valueOf(gate.field())));
				case DOCUMENT -> gate.documentKind() == null
						|| documents.existsByOpportunityIdAndKind(opportunity.id(), gate.documentKind())
								? null
								: BusinessRuleException.reason("sales.gate.document", stageName,
										label("sales.document.kind.", gate.documentKind().name(),
												gate.documentKind().name()));
				case APPROVAL -> approvals.existsByOpportunityIdAndStageIdAndStatus(opportunity.id(), stage.id(),
						ApprovalStatus.APPROVED) ? null
								: BusinessRuleException.reason("sales.gate.approval", stageName);
			};
			if (reason != null) {
				missing.add(reason);
			}
		}
		return missing;
	}

	private boolean fieldHolds(Opportunity opportunity, @Nullable GateField field) {
		if (field == null) {
			return true;
		}
		return switch (field) {
			case AMOUNT -> opportunity.amount() != null && opportunity.amount().signum() > 0;
			case CLOSE_DATE -> opportunity.closeDate() != null;
			case NEXT_STEP -> opportunity.nextStep() != null && !opportunity.nextStep().isBlank();
			case CONTACT -> !opportunity.contacts().isEmpty();
			case DECISION_MAKER -> opportunity.contacts()
				.stream()
				.anyMatch(contact -> contact.buyingRole() == BuyingRole.DECISION_MAKER
						|| contact.buyingRole() == BuyingRole.ECONOMIC_BUYER);
			case COMPETITOR -> competitors.existsByOpportunityId(opportunity.id());
		};
	}

	/**
	 * A stage's or task's name: the translation of its code where the default process set
	 * one, else what the admin typed.
	 */
	public static Object label(String prefix, @Nullable String code, String name) {
		return code == null ? name : new DefaultMessageSourceResolvable(new String[] { prefix + code }, name);
	}

}
