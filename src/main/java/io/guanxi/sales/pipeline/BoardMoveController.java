package io.guanxi.sales.pipeline;

import java.util.Locale;

import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.sales.Opportunities;
import io.guanxi.sales.PipelineBoard;
import io.guanxi.sales.PipelineFilter;
import io.guanxi.sales.Pipelines;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A card dropped on another column of the board: the move goes through
 * {@link Opportunities#moveToStage} with the version the card was drawn with. Allowed,
 * the answer is the board again (the card in its new column, the totals updated);
 * refused, it is a problem (JSON) in the user's language that lists each missing control
 * point, and the script puts the card back.
 */
@Controller
class BoardMoveController {

	private final Opportunities opportunities;

	private final Pipelines pipelines;

	private final MessageSource messages;

	BoardMoveController(Opportunities opportunities, Pipelines pipelines, MessageSource messages) {
		this.opportunities = opportunities;
		this.pipelines = pipelines;
		this.messages = messages;
	}

	@PostMapping("/pipeline/cards/{id}/stage")
	String move(@PathVariable long id, @RequestParam long stageId, @RequestParam long version,
			@ModelAttribute("filter") PipelineFilter filter, Model model) {
		opportunities.moveToStage(id, stageId, version);
		PipelineBoard board = pipelines.board(filter, id);
		model.addAttribute("board", board);
		model.addAttribute("links", new PipelineLinks(filter.withProcess(board.process().id())));
		model.addAttribute("moved", id);
		return PipelineController.BOARD + " :: board";
	}

	@ExceptionHandler
	ProblemDetail on(BusinessRuleException ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
		problem.setTitle(messages.getMessage("sales.pipeline.move.refused", null, locale));
		problem.setProperty("reasons",
				ex.reasons().stream().map(reason -> messages.getMessage(reason, locale)).toList());
		return problem;
	}

	@ExceptionHandler({ StaleVersionException.class, ObjectOptimisticLockingFailureException.class })
	ProblemDetail onStale(Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
				messages.getMessage("sales.pipeline.move.stale", null, locale));
		problem.setTitle(messages.getMessage("sales.pipeline.move.refused", null, locale));
		return problem;
	}

	@ExceptionHandler
	ProblemDetail onMissing(RecordNotFoundException ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				messages.getMessage("sales.pipeline.move.missing", null, locale));
		problem.setTitle(messages.getMessage("sales.pipeline.move.refused", null, locale));
		return problem;
	}

}
