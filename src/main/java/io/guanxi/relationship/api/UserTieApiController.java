package io.guanxi.relationship.api;

import java.util.List;

import io.guanxi.platform.AccessService;
import io.guanxi.relationship.PersonTies;
import io.guanxi.relationship.SaveUserTie;
import io.guanxi.relationship.UserTieView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/contacts/{contactId}/user-ties")
@Tag(name = "User ties", description = "Who of our users knows a contact, how well, and when they last met")
class UserTieApiController {

	private final PersonTies ties;

	private final AccessService access;

	UserTieApiController(PersonTies ties, AccessService access) {
		this.ties = ties;
		this.access = access;
	}

	@GetMapping
	@Operation(summary = "Our users who know the contact, strongest first",
			description = "Recorded ties (id set) and users who met the contact on the timeline (id null, strength "
					+ "from how recently they met: 3 within 90 days, 2 within a year, else 1).")
	List<UserTieView> list(@PathVariable long contactId) {
		return ties.whoKnows(contactId);
	}

	@PutMapping
	@Operation(summary = "Record how well a user knows the contact, replacing what was recorded",
			description = "userId left out: the caller. Managers may record the ties of the people who report to "
					+ "them, admins anyone's; others get 409.")
	UserTieView know(@PathVariable long contactId, @Valid @RequestBody UserTieBody body) {
		long userId = body.userId() != null ? body.userId() : access.currentUser().id();
		return ties.know(new SaveUserTie(userId, contactId, body.strength(), body.note()));
	}

	@DeleteMapping
	@Operation(summary = "Remove a recorded tie (userId left out: the caller's); what the timeline shows stays")
	ResponseEntity<Void> forget(@PathVariable long contactId, @RequestParam(required = false) @Nullable Long userId) {
		ties.forget(userId != null ? userId : access.currentUser().id(), contactId);
		return ResponseEntity.noContent().build();
	}

}
