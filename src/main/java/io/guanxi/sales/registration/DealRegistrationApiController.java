package io.guanxi.sales.registration;

import io.guanxi.platform.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Deal registration", description = "Registering opportunities (商机报备), conflicts and managers' decisions")
class DealRegistrationApiController {

	private final DealRegistrations registrations;

	DealRegistrationApiController(DealRegistrations registrations) {
		this.registrations = registrations;
	}

	@GetMapping("/opportunities/{id}/registration")
	@Operation(summary = "The opportunity's registration (status NONE when not registered) with its conflicts",
			description = "The ETag is needed to decide it.")
	ResponseEntity<RegistrationView> get(@PathVariable long id) {
		return withETag(registrations.of(id));
	}

	@PostMapping("/opportunities/{id}/registration")
	@Operation(summary = "Register the opportunity for a product or product line (or both)",
			description = "Answers the pending registration with the open registrations it conflicts with: at the "
					+ "same account for the same product line or a similar product, or naming the same contact. "
					+ "409 while another owner's approved registration of a conflicting deal is protected, or "
					+ "while this one is pending or approved.")
	ResponseEntity<RegistrationView> register(@PathVariable long id, @Valid @RequestBody RegisterDeal command) {
		return withETag(registrations.register(id, command));
	}

	@PostMapping("/opportunities/{id}/registration/decision")
	@Operation(summary = "Approve or reject a pending registration (a sales manager or admin above the owner)",
			description = "A rejection needs a note. If-Match carries the registration's ETag.")
	ResponseEntity<RegistrationView> decide(@PathVariable long id, @Valid @RequestBody Decision decision,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return withETag(registrations.decide(id, Boolean.TRUE.equals(decision.approve()), decision.note(),
				ETags.requireVersion(ifMatch)));
	}

	@GetMapping("/registrations")
	@Operation(summary = "Registrations of a status on deals the caller may read, oldest first",
			description = "status=PENDING (the default) is a manager's queue; canDecide says which they may decide.")
	PagedModel<RegistrationView> list(@RequestParam(defaultValue = "PENDING") RegistrationStatus status,
			Pageable pageable) {
		return new PagedModel<>(registrations.list(status,
				PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), 100))));
	}

	/** A manager's decision; a rejection says why in the note. */
	record Decision(@NotNull Boolean approve, @Nullable @Size(max = 1000) String note) {
	}

	private static ResponseEntity<RegistrationView> withETag(RegistrationView view) {
		return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
	}

}
