package io.guanxi.sales.api;

import io.guanxi.platform.ETags;
import io.guanxi.relationship.BuyingRole;
import io.guanxi.sales.Opportunities;
import io.guanxi.sales.OpportunityView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The customer's people on a deal and their buying roles. */
@RestController
@RequestMapping("/api/v1/opportunities/{id}/contacts/{contactId}")
@Tag(name = "Opportunities")
class DealContactApiController {

	private final Opportunities opportunities;

	DealContactApiController(Opportunities opportunities) {
		this.opportunities = opportunities;
	}

	@PutMapping
	@Operation(
			summary = "Put a contact on the deal, or change their buying role. If-Match (the opportunity's) required",
			description = "buyingRole is one of DECISION_MAKER, ECONOMIC_BUYER, INFLUENCER, TECHNICAL_EVALUATOR, USER, "
					+ "GATEKEEPER, CHAMPION, BLOCKER, or null. The opportunity with its contacts is answered.")
	ResponseEntity<OpportunityView> put(@PathVariable long id, @PathVariable long contactId,
			@RequestBody(required = false) @Nullable ContactRoleBody body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		long version = ETags.requireVersion(ifMatch);
		return OpportunityApiController
			.withETag(opportunities.putContact(id, contactId, body == null ? null : body.buyingRole(), version));
	}

	@DeleteMapping
	@Operation(summary = "Take a contact off the deal. If-Match (the opportunity's) required")
	ResponseEntity<OpportunityView> remove(@PathVariable long id, @PathVariable long contactId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		long version = ETags.requireVersion(ifMatch);
		return OpportunityApiController.withETag(opportunities.removeContact(id, contactId, version));
	}

	/** The person's part in the buying decision. */
	record ContactRoleBody(@Nullable BuyingRole buyingRole) {
	}

}
