package io.guanxi.customer.api;

import java.net.URI;

import io.guanxi.customer.AccountDetails;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.AccountSummary;
import io.guanxi.customer.SaveAccount;
import io.guanxi.platform.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
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
@RequestMapping("/api/v1/accounts")
@Tag(name = "Accounts", description = "Customers: companies and individuals")
class AccountApiController {

	private final AccountService accounts;

	AccountApiController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	@Operation(summary = "Accounts the caller may see, paged (page, size, sort) with totals")
	PagedModel<AccountSummary> list(@RequestParam(required = false) @Nullable String q, Pageable pageable) {
		return new PagedModel<>(accounts.list(q, pageable));
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
