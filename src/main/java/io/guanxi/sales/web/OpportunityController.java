package io.guanxi.sales.web;

import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.sales.Opportunities;
import io.guanxi.sales.StageApprovals;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The opportunity page and the moves through its stages: ticking the checklist, moving to
 * another stage (refused with each missing control point), closing as lost, and the
 * manager's approval that a stage may require.
 */
@Controller
@RequestMapping("/opportunities/{id}")
class OpportunityController {

	private static final int REASON_LENGTH = 500;

	private final Opportunities opportunities;

	private final StageApprovals approvals;

	private final OpportunityPage page;

	OpportunityController(Opportunities opportunities, StageApprovals approvals, OpportunityPage page) {
		this.opportunities = opportunities;
		this.approvals = approvals;
		this.page = page;
	}

	@GetMapping
	String show(@PathVariable long id, Model model) {
		return page.show(id, model);
	}

	@PostMapping("/tasks/{taskId}")
	String markTask(@PathVariable long id, @PathVariable long taskId,
			@RequestParam(defaultValue = "false") boolean done, @RequestParam long version, HtmxRequest htmx,
			Model model, RedirectAttributes redirect) {
		return page.act(id, htmx, model, redirect, () -> {
			opportunities.markTask(id, taskId, done, version);
			return null;
		});
	}

	@PostMapping("/stage")
	String move(@PathVariable long id, @RequestParam long stageId, @RequestParam long version, HtmxRequest htmx,
			Model model, RedirectAttributes redirect) {
		return page.act(id, htmx, model, redirect, () -> {
			opportunities.moveToStage(id, stageId, version);
			return "sales.deal.moved";
		});
	}

	@PostMapping("/lost")
	String markLost(@PathVariable long id, @RequestParam(required = false) @Nullable String reason,
			@RequestParam long version, HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		return page.act(id, htmx, model, redirect, () -> {
			if (reason != null && reason.strip().length() > REASON_LENGTH) {
				throw new BusinessRuleException("sales.deal.error.lostReasonLength", REASON_LENGTH);
			}
			opportunities.markLost(id, reason, version);
			return "sales.deal.markedLost";
		});
	}

	@PostMapping("/approvals")
	String askForApproval(@PathVariable long id, HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		return page.act(id, htmx, model, redirect, () -> {
			approvals.request(id);
			return "sales.deal.approvalAsked";
		});
	}

	@PostMapping("/approvals/{approvalId}")
	String decide(@PathVariable long id, @PathVariable long approvalId, @RequestParam boolean approve,
			@RequestParam(required = false) @Nullable String note, HtmxRequest htmx, Model model,
			RedirectAttributes redirect) {
		opportunities.checkRead(id);
		return page.act(id, htmx, model, redirect, () -> {
			if (approvals.of(id).stream().noneMatch(approval -> approval.id() == approvalId)) {
				throw new RecordNotFoundException("stageApproval", approvalId);
			}
			approvals.decide(approvalId, approve, note);
			return approve ? "sales.deal.approved" : "sales.deal.rejected";
		});
	}

}
