package io.guanxi.relationship.api;

import java.net.URI;

import io.guanxi.platform.ETags;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.relationship.ChangePosition;
import io.guanxi.relationship.LeaveAccount;
import io.guanxi.relationship.OrgPerson;
import io.guanxi.relationship.OrgService;
import io.guanxi.relationship.PersonnelChangeView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One position, and the personnel changes that end it: a change opens the next position,
 * a departure closes it. Neither overwrites the position, so the history stays.
 */
@RestController
@RequestMapping("/api/v1/positions/{id}")
@Tag(name = "Org charts")
class PositionApiController {

	private final OrgService org;

	PositionApiController(OrgService org) {
		this.org = org;
	}

	@GetMapping
	@Operation(summary = "One position with its person, account, title, department, manager, buying role and period")
	ResponseEntity<OrgPerson> get(@PathVariable long id) {
		OrgPerson position = org.position(id);
		return ResponseEntity.ok().eTag(ETags.of(position.version())).body(position);
	}

	@PostMapping("/changes")
	@Operation(summary = "Record a promotion, transfer, new title or new buying role from a day",
			description = "The position ends on that day and the new one starts on it (answered, with its Location). "
					+ "kind is PROMOTED, TRANSFERRED, TITLE_CHANGED or ROLE_CHANGED. If-Match is optional: with the "
					+ "position's ETag, a position changed meanwhile is refused with 412. Idempotency-Key makes "
					+ "retries safe.")
	ResponseEntity<OrgPerson> change(@PathVariable long id, @Valid @RequestBody ChangePosition command,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		checkVersion(id, ifMatch);
		OrgPerson next = org.change(id, command);
		return ResponseEntity.created(URI.create("/api/v1/positions/" + next.positionId()))
			.eTag(ETags.of(next.version()))
			.body(next);
	}

	@PostMapping("/departure")
	@Operation(summary = "Record that the person left the account on a day, and where they went when known",
			description = "newAccountId names an account the caller may read; newCompanyName any other company. "
					+ "If-Match is optional, as for changes. Idempotency-Key makes retries safe.")
	PersonnelChangeView leave(@PathVariable long id, @Valid @RequestBody LeaveAccount command,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		checkVersion(id, ifMatch);
		return org.leave(id, command);
	}

	/**
	 * A change is a new record, so If-Match is optional here; when sent it must still
	 * name the position's version (JPA's own version check guards the moment of writing).
	 */
	private void checkVersion(long id, @Nullable String ifMatch) {
		if (ifMatch != null) {
			long expected = ETags.requireVersion(ifMatch);
			long actual = org.position(id).version();
			if (actual != expected) {
				throw new StaleVersionException("position", id, expected, actual);
			}
		}
	}

}
