package io.guanxi.sales.api;

import java.net.URI;
import java.util.List;

import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.sales.ApprovalView;
import io.guanxi.sales.StageApprovals;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A manager's approval to leave a stage that requires one: asked for by whoever may
 * change the deal, decided once by a sales manager above its owner.
 */
@RestController
@RequestMapping("/api/v1/opportunities/{id}/approvals")
@Tag(name = "Opportunities")
class StageApprovalApiController {

	private final StageApprovals approvals;

	StageApprovalApiController(StageApprovals approvals) {
		this.approvals = approvals;
	}

	@GetMapping
	@Operation(summary = "The deal's approval requests, newest first")
	List<ApprovalView> list(@PathVariable long id) {
		return approvals.of(id);
	}

	@PostMapping
	@Operation(summary = "Ask for approval to leave the deal's current stage; the managers are told",
			description = "409 when the stage needs no approval or it was asked for already. Idempotency-Key makes "
					+ "retries safe.")
	ResponseEntity<ApprovalView> request(@PathVariable long id) {
		ApprovalView asked = approvals.request(id);
		return ResponseEntity.created(URI.create("/api/v1/opportunities/" + id + "/approvals")).body(asked);
	}

	@PostMapping("/{approvalId}/decision")
	@Operation(summary = "Approve or reject a waiting request, with an optional note",
			description = "Only a sales manager or admin above the owner decides, never on their own request (409). "
					+ "A request is decided once, so no If-Match is needed.")
	ApprovalView decide(@PathVariable long id, @PathVariable long approvalId,
			@Valid @RequestBody ApprovalDecisionBody body) {
		if (approvals.of(id).stream().noneMatch(approval -> approval.id() == approvalId)) {
			throw new RecordNotFoundException("stageApproval", approvalId);
		}
		return approvals.decide(approvalId, Boolean.TRUE.equals(body.approve()), body.note());
	}

	/** The manager's decision. */
	record ApprovalDecisionBody(@NotNull Boolean approve, @Nullable @Size(max = 1000) String note) {
	}

}
