package io.guanxi.sales.api;

import java.util.List;
import java.util.Locale;

import io.guanxi.platform.ETags;
import io.guanxi.sales.ForecastCategory;
import io.guanxi.sales.Opportunities;
import io.guanxi.sales.OpportunityView;
import io.guanxi.sales.StageChangeView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Moving an opportunity through its stages: the checklist, the control points still
 * missing, stage moves, closing as lost, the owner's forecast and the stage history.
 */
@RestController
@RequestMapping("/api/v1/opportunities/{id}")
@Tag(name = "Opportunities")
class OpportunityStageApiController {

	private final Opportunities opportunities;

	private final MessageSource messages;

	OpportunityStageApiController(Opportunities opportunities, MessageSource messages) {
		this.opportunities = opportunities;
		this.messages = messages;
	}

	@PostMapping("/stage")
	@Operation(summary = "Move the opportunity to another stage of its process. If-Match required",
			description = "Forward, every control point of each stage it leaves must hold: else 409, and the problem's "
					+ "reasons list each missing one. Backward needs none. A won stage closes it as won; an open "
					+ "stage reopens a closed one. 412 when the opportunity changed since the ETag.")
	ResponseEntity<OpportunityView> move(@PathVariable long id, @Valid @RequestBody StageMoveBody body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		long version = ETags.requireVersion(ifMatch);
		return OpportunityApiController.withETag(opportunities.moveToStage(id, body.stageId(), version));
	}

	@PostMapping("/lost")
	@Operation(summary = "Close the opportunity as lost at its stage; the reason is required. If-Match required")
	ResponseEntity<OpportunityView> markLost(@PathVariable long id, @Valid @RequestBody LostBody body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		long version = ETags.requireVersion(ifMatch);
		return OpportunityApiController.withETag(opportunities.markLost(id, body.reason(), version));
	}

	@PutMapping("/forecast")
	@Operation(
			summary = "The owner's own probability and forecast category until the next stage move. If-Match required")
	ResponseEntity<OpportunityView> forecast(@PathVariable long id, @Valid @RequestBody ForecastBody body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		long version = ETags.requireVersion(ifMatch);
		return OpportunityApiController
			.withETag(opportunities.forecast(id, body.probability(), body.category(), version));
	}

	@PutMapping("/tasks/{taskId}")
	@Operation(summary = "Tick a checklist task (a task of any stage of its process). If-Match required")
	ResponseEntity<OpportunityView> tick(@PathVariable long id, @PathVariable long taskId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		long version = ETags.requireVersion(ifMatch);
		return OpportunityApiController.withETag(opportunities.markTask(id, taskId, true, version));
	}

	@DeleteMapping("/tasks/{taskId}")
	@Operation(summary = "Untick a checklist task. If-Match required")
	ResponseEntity<OpportunityView> untick(@PathVariable long id, @PathVariable long taskId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		long version = ETags.requireVersion(ifMatch);
		return OpportunityApiController.withETag(opportunities.markTask(id, taskId, false, version));
	}

	@GetMapping("/stage/missing")
	@Operation(summary = "The control points still missing before the opportunity may leave its stage, as text",
			description = "In the language of Accept-Language; empty when it may move on.")
	List<String> missing(@PathVariable long id) {
		Locale locale = LocaleContextHolder.getLocale();
		return opportunities.missingToLeaveStage(id)
			.stream()
			.map(reason -> messages.getMessage(reason, locale))
			.toList();
	}

	@GetMapping("/stage-history")
	@Operation(summary = "Every stage move of the opportunity, oldest first; a lost deal's last entry has status LOST")
	List<StageChangeView> history(@PathVariable long id) {
		return opportunities.stageHistory(id);
	}

	/** The stage to move to. */
	record StageMoveBody(@NotNull Long stageId) {
	}

	/** Why the deal was lost. */
	record LostBody(@NotBlank @Size(max = 500) String reason) {
	}

	/** The owner's forecast; CLOSED is set by closing. */
	record ForecastBody(@Min(0) @Max(100) int probability, @NotNull ForecastCategory category) {
	}

}
