package io.guanxi.sales.quote;

import io.guanxi.platform.ETags;
import io.guanxi.sales.QuoteSteps;
import io.guanxi.sales.QuoteView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A quote's steps; each needs If-Match with the quote's current ETag. */
@RestController
@RequestMapping("/api/v1/quotes/{id}")
@Tag(name = "Quotes")
class QuoteStepApiController {

	private final QuoteSteps steps;

	QuoteStepApiController(QuoteSteps steps) {
		this.steps = steps;
	}

	@PostMapping("/submit")
	@Operation(summary = "Submit a draft",
			description = "Approved at once when no discount (of a line, or of the whole against list prices) is "
					+ "above the threshold; otherwise PENDING_APPROVAL, and the nearest sales director above the "
					+ "owner is notified.")
	ResponseEntity<QuoteView> submit(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return ok(steps.submit(id, ETags.requireVersion(ifMatch)));
	}

	@PostMapping("/approve")
	@Operation(summary = "Approve a quote that waits for approval",
			description = "Only a sales director or administrator above the owner, never the owner (403).")
	ResponseEntity<QuoteView> approve(@PathVariable long id, @Valid @RequestBody(required = false) @Nullable Note body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return ok(steps.approve(id, body == null ? null : body.note(), ETags.requireVersion(ifMatch)));
	}

	@PostMapping("/reject")
	@Operation(summary = "Reject a quote that waits for approval, with the reason (as approve: managers only)")
	ResponseEntity<QuoteView> reject(@PathVariable long id, @Valid @RequestBody Reason body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return ok(steps.reject(id, body.reason(), ETags.requireVersion(ifMatch)));
	}

	@PostMapping("/send")
	@Operation(summary = "Mark an approved quote as sent to the customer (409 before approval or after expiry)")
	ResponseEntity<QuoteView> send(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return ok(steps.send(id, ETags.requireVersion(ifMatch)));
	}

	@PostMapping("/accept")
	@Operation(summary = "Record that the customer accepted a sent quote")
	ResponseEntity<QuoteView> accept(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return ok(steps.accept(id, ETags.requireVersion(ifMatch)));
	}

	@PostMapping("/decline")
	@Operation(summary = "Record that the customer declined a sent quote")
	ResponseEntity<QuoteView> decline(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return ok(steps.decline(id, ETags.requireVersion(ifMatch)));
	}

	@PostMapping("/reopen")
	@Operation(summary = "Make a quote that is not accepted a draft again (it needs submitting and approval anew)")
	ResponseEntity<QuoteView> reopen(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return ok(steps.reopen(id, ETags.requireVersion(ifMatch)));
	}

	private static ResponseEntity<QuoteView> ok(QuoteView quote) {
		return ResponseEntity.ok().eTag(ETags.of(quote.version())).body(quote);
	}

	/** An approver's optional note. */
	record Note(@Nullable @Size(max = 1000) String note) {
	}

	/** Why a quote is rejected. */
	record Reason(@NotBlank @Size(max = 1000) String reason) {
	}

}
