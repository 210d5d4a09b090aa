package io.guanxi.sales.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.sales.ApprovalStatus;
import io.guanxi.sales.Competitors;
import io.guanxi.sales.DealReviewView;
import io.guanxi.sales.DealReviews;
import io.guanxi.sales.DocumentKind;
import io.guanxi.sales.GateKind;
import io.guanxi.sales.Opportunities;
import io.guanxi.sales.OpportunitySection;
import io.guanxi.sales.OpportunityView;
import io.guanxi.sales.ProcessView;
import io.guanxi.sales.SalesDocuments;
import io.guanxi.sales.SalesProcesses;
import io.guanxi.sales.SaveCompetitor;
import io.guanxi.sales.SaveDealReview;
import io.guanxi.sales.StageApprovals;
import io.guanxi.sales.StageChangeView;
import io.guanxi.sales.StageView;
import io.guanxi.sales.WinLossReason;
import io.guanxi.relationship.BuyingRole;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The opportunity page: everything it shows, and the answer to an action taken on it
 * (htmx gets the page's content again, with the refused rule if any; a plain form post is
 * redirected to the page).
 */
@Component
class OpportunityPage {

	static final String VIEW = "sales/deal/detail";

	private final Opportunities opportunities;

	private final SalesProcesses processes;

	private final StageApprovals approvals;

	private final Competitors competitors;

	private final SalesDocuments documents;

	private final DealReviews reviews;

	private final DealPeople people;

	private final List<OpportunitySection> sections;

	private final MessageSource messages;

	private final Clock clock;

	OpportunityPage(Opportunities opportunities, SalesProcesses processes, StageApprovals approvals,
			Competitors competitors, SalesDocuments documents, DealReviews reviews, DealPeople people,
			List<OpportunitySection> sections, MessageSource messages, Clock clock) {
		this.opportunities = opportunities;
		this.processes = processes;
		this.approvals = approvals;
		this.competitors = competitors;
		this.documents = documents;
		this.reviews = reviews;
		this.people = people;
		this.sections = sections.stream().sorted(Comparator.comparingInt(OpportunitySection::order)).toList();
		this.messages = messages;
		this.clock = clock;
	}

	/** The whole page. */
	String show(long id, Model model) {
		fill(id, model);
		return VIEW;
	}

	/**
	 * Runs an action taken on the page. A refused rule or a stale version is shown on the
	 * page, nothing of the deal having changed.
	 * @param action returns the message key of what was done, or null to say nothing
	 */
	String act(long id, HtmxRequest htmx, Model model, RedirectAttributes redirect, Action action) {
		try {
			String done = action.run();
			if (done != null) {
				model.addAttribute("notice", done);
				redirect.addFlashAttribute("notice", done);
			}
		}
		catch (BusinessRuleException ex) {
			refuse(Refusal.of(ex, messages, LocaleContextHolder.getLocale()), model, redirect);
		}
		catch (StaleVersionException ex) {
			refuse(Refusal.stale(messages, LocaleContextHolder.getLocale()), model, redirect);
		}
		return answer(id, htmx, model);
	}

	/**
	 * The page again after a form with field errors: its content for htmx, the whole page
	 * otherwise (the form keeps what the user typed).
	 */
	String again(long id, HtmxRequest htmx, Model model) {
		fill(id, model);
		return htmx.isHtmxRequest() && !htmx.isBoosted() ? VIEW + " :: deal" : VIEW;
	}

	private String answer(long id, HtmxRequest htmx, Model model) {
		if (!htmx.isHtmxRequest() || htmx.isBoosted()) {
			return "redirect:/opportunities/" + id;
		}
		fill(id, model);
		return VIEW + " :: deal";
	}

	private static void refuse(Refusal refusal, Model model, RedirectAttributes redirect) {
		model.addAttribute("refusal", refusal);
		redirect.addFlashAttribute("refusal", refusal);
	}

	private void fill(long id, Model model) {
		OpportunityView deal = opportunities.get(id);
		ProcessView process = processes.get(deal.processId());
		model.addAttribute("deal", deal);
		model.addAttribute("process", process);
		model.addAttribute("steps", StageStep.of(process, deal));
		model.addAttribute("nextStage", next(process, deal));
		model.addAttribute("missing",
				opportunities.missingToLeaveStage(id)
					.stream()
					.map(reason -> messages.getMessage(reason, LocaleContextHolder.getLocale()))
					.toList());
		List<StageChangeView> history = new ArrayList<>(opportunities.stageHistory(id));
		Collections.reverse(history);
		model.addAttribute("history", history);
		model.addAttribute("checklistDone",
				deal.stage().tasks().stream().filter(task -> deal.doneTaskIds().contains(task.id())).count());
		model.addAttribute("daysInStage", Duration.between(deal.stageEnteredAt(), clock.instant()).toDays());
		model.addAttribute("closeOverdue", deal.status().overdue(deal.closeDate(), LocalDate.now(clock)));
		fillApprovals(deal, process, model);
		fillRecords(deal, model);
		model.addAttribute("mainSections", loaded(deal, false));
		model.addAttribute("sideSections", loaded(deal, true));
	}

	private void fillApprovals(OpportunityView deal, ProcessView process, Model model) {
		List<ApprovalRow> rows = approvals.of(deal.id())
			.stream()
			.map(approval -> new ApprovalRow(approval, process.stage(approval.stageId()),
					approvals.canDecide(approval)))
			.toList();
		ApprovalRow current = rows.stream()
			.filter(row -> row.approval().stageId() == deal.stage().id())
			.findFirst()
			.orElse(null);
		boolean needsApproval = deal.stage().gates().stream().anyMatch(gate -> gate.kind() == GateKind.APPROVAL);
		model.addAttribute("approvals", rows);
		model.addAttribute("needsApproval", needsApproval);
		model.addAttribute("currentApproval", current);
		model.addAttribute("canAskApproval", needsApproval && deal.canChange() && !deal.status().closed()
				&& (current == null || current.approval().status() == ApprovalStatus.REJECTED));
	}

	private void fillRecords(OpportunityView deal, Model model) {
		model.addAttribute("competitors", competitors.of(deal.id()));
		model.addAttribute("documents", documents.of(deal.id()));
		DealReviewView review = reviews.of(deal.id()).orElse(null);
		model.addAttribute("review", review);
		model.addAttribute("maxDocumentMb", documents.maxSize().toMegabytes());
		model.addAttribute("documentKinds", DocumentKind.values());
		model.addAttribute("reviewReasons", WinLossReason.values());
		model.addAttribute("buyingRoles", BuyingRole.values());
		if (!model.containsAttribute("competitorForm")) {
			model.addAttribute("competitorForm", SaveCompetitor.blank());
		}
		if (!model.containsAttribute("competitorOpen")) {
			model.addAttribute("competitorOpen", false);
		}
		if (!model.containsAttribute("reviewOpen")) {
			model.addAttribute("reviewOpen", false);
		}
		if (!model.containsAttribute("reviewForm")) {
			model.addAttribute("reviewForm", review == null ? SaveDealReview.blank() : review.toCommand());
		}
		DealPeople.Found found = people.of(deal);
		model.addAttribute("dealContacts", found.onDeal());
		model.addAttribute("contactChoices", found.choices());
	}

	private List<SectionData> loaded(OpportunityView deal, boolean side) {
		return sections.stream()
			.filter(section -> section.side() == side)
			.map(section -> new SectionData(section.template(), section.load(deal)))
			.toList();
	}

	private static @Nullable StageView next(ProcessView process, OpportunityView deal) {
		return process.stages()
			.stream()
			.filter(stage -> stage.position() > deal.stage().position())
			.findFirst()
			.orElse(null);
	}

	/** An action on the deal; answers the message key of what it did, or null. */
	@FunctionalInterface
	interface Action {

		@Nullable String run();

	}

}
