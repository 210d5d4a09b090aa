package io.guanxi.sales.quote;

import java.net.URI;
import java.util.List;

import io.guanxi.platform.ETags;
import io.guanxi.sales.QuoteStatus;
import io.guanxi.sales.QuoteSteps;
import io.guanxi.sales.QuoteSummary;
import io.guanxi.sales.QuoteView;
import io.guanxi.sales.Quotes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Quotes", description = "Quotes (报价) on accounts: lines from a price book, totals, discount approval")
class QuoteApiController {

	private final Quotes quotes;

	private final QuoteSteps steps;

	QuoteApiController(Quotes quotes, QuoteSteps steps) {
		this.quotes = quotes;
		this.steps = steps;
	}

	@GetMapping("/quotes")
	@Operation(summary = "The caller's quotes and those of everyone below them (all for administrators)",
			description = "Newest first by default; filter with status.")
	PagedModel<QuoteSummary> list(@RequestParam(required = false) @Nullable QuoteStatus status,
			@PageableDefault(size = 25, sort = "createdAt", direction = Sort.Direction.DESC) Pageable pageable) {
		return new PagedModel<>(quotes.list(status, pageable));
	}

	@GetMapping("/quotes/awaiting-approval")
	@Operation(summary = "Quotes waiting for the caller's approval (sales directors and administrators)")
	PagedModel<QuoteSummary> awaiting(
			@PageableDefault(size = 25, sort = "submittedAt", direction = Sort.Direction.ASC) Pageable pageable) {
		return new PagedModel<>(steps.awaitingMyApproval(pageable));
	}

	@GetMapping("/accounts/{accountId}/quotes")
	@Operation(summary = "The newest quotes on an account")
	List<QuoteSummary> ofAccount(@PathVariable long accountId) {
		return quotes.ofAccount(accountId);
	}

	@PostMapping("/accounts/{accountId}/quotes")
	@Operation(summary = "Create a draft quote on the account, owned by the caller",
			description = "List prices come from the price book (the standard one when priceBookId is left out); "
					+ "each line names a product of that book, a quantity and a discount in percent. A product "
					+ "missing from the book or inactive is refused with 409.")
	ResponseEntity<QuoteView> create(@PathVariable long accountId, @Valid @RequestBody QuoteBody body) {
		QuoteView quote = quotes.create(accountId, body.opportunityId(), body.terms(), body.lineList());
		return ResponseEntity.created(URI.create("/api/v1/quotes/" + quote.id()))
			.eTag(ETags.of(quote.version()))
			.body(quote);
	}

	@GetMapping("/quotes/{id}")
	@Operation(summary = "One quote with its lines and totals; its ETag is needed to change it")
	ResponseEntity<QuoteView> get(@PathVariable long id) {
		QuoteView quote = quotes.get(id);
		return ResponseEntity.ok().eTag(ETags.of(quote.version())).body(quote);
	}

	@PutMapping("/quotes/{id}")
	@Operation(summary = "Replace a draft's terms and lines; If-Match must carry its current ETag",
			description = "Only drafts change (409 otherwise: reopen it first). The lines are repriced from the "
					+ "price book; opportunityId is ignored.")
	ResponseEntity<QuoteView> update(@PathVariable long id, @Valid @RequestBody QuoteBody body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		QuoteView quote = quotes.revise(id, body.terms(), body.lineList(), ETags.requireVersion(ifMatch));
		return ResponseEntity.ok().eTag(ETags.of(quote.version())).body(quote);
	}

	@DeleteMapping("/quotes/{id}")
	@Operation(summary = "Delete a draft that no contract names; If-Match must carry its current ETag")
	ResponseEntity<Void> delete(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		quotes.delete(id, ETags.requireVersion(ifMatch));
		return ResponseEntity.noContent().build();
	}

}
