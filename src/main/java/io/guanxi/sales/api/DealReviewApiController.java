package io.guanxi.sales.api;

import io.guanxi.platform.ETags;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.sales.DealReviewView;
import io.guanxi.sales.DealReviews;
import io.guanxi.sales.SaveDealReview;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The post-close review (复盘) of a won or lost deal. */
@RestController
@RequestMapping("/api/v1/opportunities/{id}/review")
@Tag(name = "Opportunities")
class DealReviewApiController {

	private final DealReviews reviews;

	DealReviewApiController(DealReviews reviews) {
		this.reviews = reviews;
	}

	@GetMapping
	@Operation(summary = "The deal's review; 404 while nobody wrote one")
	ResponseEntity<DealReviewView> get(@PathVariable long id) {
		DealReviewView review = reviews.of(id).orElseThrow(() -> new RecordNotFoundException("dealReview", id));
		return ResponseEntity.ok().eTag(ETags.of(review.version())).body(review);
	}

	@PutMapping
	@Operation(summary = "Write the review of a won or lost deal",
			description = "reasonCategory is PRICE, PRODUCT_FIT, RELATIONSHIP, TIMING, COMPETITOR or OTHER. The first "
					+ "review needs no If-Match; changing one needs its ETag (428 without, 412 when stale). An open "
					+ "deal is refused with 409.")
	ResponseEntity<DealReviewView> put(@PathVariable long id, @Valid @RequestBody SaveDealReview command,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		Long version = reviews.of(id).isPresent() ? Long.valueOf(ETags.requireVersion(ifMatch)) : null;
		DealReviewView review = reviews.save(id, command, version);
		return ResponseEntity.ok().eTag(ETags.of(review.version())).body(review);
	}

}
