package io.guanxi.sales.api;

import java.net.URI;
import java.util.List;

import io.guanxi.platform.ETags;
import io.guanxi.sales.Opportunities;
import io.guanxi.sales.OpportunityView;
import io.guanxi.sales.SaveOpportunity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Opportunities (商机): open one on an account, read it, change what it says. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Opportunities", description = "Deals on accounts that move through the stages of a sales process")
class OpportunityApiController {

	private final Opportunities opportunities;

	OpportunityApiController(Opportunities opportunities) {
		this.opportunities = opportunities;
	}

	@GetMapping("/opportunities/{id}")
	@Operation(summary = "One opportunity with its stage (checklist and control points), contacts and deal team",
			description = "Its ETag is needed for every change of the opportunity, its checklist and contacts.")
	ResponseEntity<OpportunityView> get(@PathVariable long id) {
		return withETag(opportunities.get(id));
	}

	@GetMapping("/accounts/{accountId}/opportunities")
	@Operation(summary = "The account's opportunities the caller may read, newest first")
	List<OpportunityView> forAccount(@PathVariable long accountId) {
		return opportunities.forAccount(accountId);
	}

	@PostMapping("/opportunities")
	@Operation(summary = "Open an opportunity on an account",
			description = "It starts in the first stage of processId, or of the process that applies to its product "
					+ "line and the account's tier, else the default process. ownerId empty means the caller; "
					+ "currency empty means CNY. Idempotency-Key makes retries safe.")
	ResponseEntity<OpportunityView> create(@Valid @RequestBody SaveOpportunity command) {
		OpportunityView created = opportunities.create(command);
		return ResponseEntity.created(URI.create("/api/v1/opportunities/" + created.id()))
			.eTag(ETags.of(created.version()))
			.body(created);
	}

	@PutMapping("/opportunities/{id}")
	@Operation(summary = "Change what the opportunity says; its account, process and stage stay. If-Match required",
			description = "Move it with POST /opportunities/{id}/stage. ownerId empty keeps the owner.")
	ResponseEntity<OpportunityView> update(@PathVariable long id, @Valid @RequestBody SaveOpportunity command,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return withETag(opportunities.update(id, command, ETags.requireVersion(ifMatch)));
	}

	static ResponseEntity<OpportunityView> withETag(OpportunityView deal) {
		return ResponseEntity.ok().eTag(ETags.of(deal.version())).body(deal);
	}

}
