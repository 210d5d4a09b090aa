package io.guanxi.customer.api;

import java.net.URI;

import io.guanxi.customer.AccountDetails;
import io.guanxi.customer.AccountFilter;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.AccountSummary;
import io.guanxi.customer.SaveAccount;
import io.guanxi.platform.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "Accounts", description = "Customers: companies and individuals")
class AccountApiController {

	private final AccountService accounts;

	AccountApiController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	@Operation(summary = "Accounts the caller may see that match every given filter, paged (page, size, sort)",
			description = "Filters: q (name contains), kind, industry, tier, stage, status, owner (user id), city "
					+ "(starts with), createdFrom/createdTo/updatedFrom/updatedTo (ISO dates, inclusive), tag (tag id), "
					+ "field[code] (custom field: text contains, others equal, * = has a value), fieldFrom[code] and "
					+ "fieldTo[code] (number and date ranges, inclusive); "
					+ "repeat a parameter to allow several values. Sort by name, industry, city, tier, lifecycleStage, "
					+ "status, createdAt or updatedAt. totalElements is exact up to 10,000; 10,001 means more, and "
					+ "pages beyond the first 10,000 accounts are refused with 409: narrow the filter instead.")
	PagedModel<AccountSummary> list(@ParameterObject @ModelAttribute AccountFilter filter,
			@ParameterObject Pageable pageable, HttpServletRequest request) {
		return new PagedModel<>(accounts.list(filter.withCustomFieldsFrom(request.getParameterMap()), pageable));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One account; its ETag is needed to change it")
	ResponseEntity<AccountDetails> get(@PathVariable long id) {
		AccountDetails account = accounts.get(id);
		return ResponseEntity.ok().eTag(ETags.of(account.version())).body(account);
	}

	@PostMapping
	@Operation(summary = "Create an account; send Idempotency-Key to make retries safe")
	ResponseEntity<AccountDetails> create(@Valid @RequestBody SaveAccount command) {
		AccountDetails account = accounts.create(command);
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + account.id()))
			.eTag(ETags.of(account.version()))
			.body(account);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change an account; If-Match must carry its current ETag")
	ResponseEntity<AccountDetails> update(@PathVariable long id, @Valid @RequestBody SaveAccount command,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		AccountDetails account = accounts.update(id, command, ETags.requireVersion(ifMatch));
		return ResponseEntity.ok().eTag(ETags.of(account.version())).body(account);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete an account; If-Match must carry its current ETag")
	ResponseEntity<Void> delete(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		accounts.delete(id, ETags.requireVersion(ifMatch));
		return ResponseEntity.noContent().build();
	}

}
