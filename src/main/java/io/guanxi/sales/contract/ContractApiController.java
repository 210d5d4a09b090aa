package io.guanxi.sales.contract;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.guanxi.platform.ETags;
import io.guanxi.sales.ContractStatus;
import io.guanxi.sales.ContractView;
import io.guanxi.sales.Contracts;
import io.guanxi.sales.SaveContract;
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
@Tag(name = "Contracts", description = "Contracts (合同) with accounts: term, value, signing, expiry")
class ContractApiController {

	private final Contracts contracts;

	ContractApiController(Contracts contracts) {
		this.contracts = contracts;
	}

	@GetMapping("/contracts")
	@Operation(summary = "The caller's contracts and those of everyone below them (all for administrators)")
	PagedModel<ContractView> list(@RequestParam(required = false) @Nullable ContractStatus status,
			@PageableDefault(size = 25, sort = "startDate", direction = Sort.Direction.DESC) Pageable pageable) {
		return new PagedModel<>(contracts.list(status, pageable));
	}

	@GetMapping("/accounts/{accountId}/contracts")
	@Operation(summary = "The newest contracts on an account")
	List<ContractView> ofAccount(@PathVariable long accountId) {
		return contracts.ofAccount(accountId);
	}

	@PostMapping("/accounts/{accountId}/contracts")
	@Operation(summary = "Create a draft contract on the account, owned by the caller",
			description = "Leave number empty to get one. quoteId names the account's quote it was made from.")
	ResponseEntity<ContractView> create(@PathVariable long accountId, @Valid @RequestBody SaveContract body) {
		ContractView contract = contracts.create(accountId, body);
		return ResponseEntity.created(URI.create("/api/v1/contracts/" + contract.id()))
			.eTag(ETags.of(contract.version()))
			.body(contract);
	}

	@GetMapping("/contracts/{id}")
	@Operation(summary = "One contract; its ETag is needed to change it")
	ResponseEntity<ContractView> get(@PathVariable long id) {
		return ok(contracts.get(id));
	}

	@PutMapping("/contracts/{id}")
	@Operation(summary = "Change a draft's terms; If-Match must carry its current ETag",
			description = "An active, expired or terminated contract does not change (409). opportunityId and "
					+ "quoteId are ignored.")
	ResponseEntity<ContractView> update(@PathVariable long id, @Valid @RequestBody SaveContract body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return ok(contracts.update(id, body, ETags.requireVersion(ifMatch)));
	}

	@PostMapping("/contracts/{id}/activate")
	@Operation(summary = "Record that a draft was signed (signedOn: that day, else the one it names, else today)")
	ResponseEntity<ContractView> activate(@PathVariable long id,
			@RequestParam(required = false) @Nullable LocalDate signedOn,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return ok(contracts.activate(id, signedOn, ETags.requireVersion(ifMatch)));
	}

	@PostMapping("/contracts/{id}/terminate")
	@Operation(summary = "End an active contract early (on day, else today)")
	ResponseEntity<ContractView> terminate(@PathVariable long id,
			@RequestParam(required = false) @Nullable LocalDate day,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return ok(contracts.terminate(id, day, ETags.requireVersion(ifMatch)));
	}

	@DeleteMapping("/contracts/{id}")
	@Operation(summary = "Delete a draft that no order names; If-Match must carry its current ETag")
	ResponseEntity<Void> delete(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		contracts.delete(id, ETags.requireVersion(ifMatch));
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<ContractView> ok(ContractView contract) {
		return ResponseEntity.ok().eTag(ETags.of(contract.version())).body(contract);
	}

}
