package io.guanxi.relationship.api;

import java.net.URI;
import java.util.List;

import io.guanxi.platform.ETags;
import io.guanxi.relationship.PersonTieView;
import io.guanxi.relationship.PersonTies;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Person ties", description = "How people know each other: colleagues, classmates, family…")
class PersonTieApiController {

	private final PersonTies ties;

	PersonTieApiController(PersonTies ties) {
		this.ties = ties;
	}

	@GetMapping("/contacts/{contactId}/ties")
	@Operation(summary = "The person's ties, both ways, to people the caller may read")
	List<PersonTieView> list(@PathVariable long contactId) {
		return ties.of(contactId);
	}

	@PostMapping("/contacts/{contactId}/ties")
	@Operation(summary = "Tie the person to another",
			description = "A tie reads \"from is the <kind> of to\" (MENTOR: from is the mentor of to; REFERRED_BY: "
					+ "from was referred by to), strength 1 (barely) to 5 (close). Name the other person as "
					+ "fromContactId or toContactId.")
	ResponseEntity<PersonTieView> create(@PathVariable long contactId, @Valid @RequestBody PersonTieBody body) {
		PersonTieView tie = ties.create(body.at(contactId));
		return ResponseEntity.created(URI.create("/api/v1/person-ties/" + tie.id()))
			.eTag(ETags.of(tie.version()))
			.body(tie);
	}

	@GetMapping("/person-ties/{id}")
	@Operation(summary = "One tie; its ETag is needed to change it")
	ResponseEntity<PersonTieView> get(@PathVariable long id) {
		PersonTieView tie = ties.get(id);
		return ResponseEntity.ok().eTag(ETags.of(tie.version())).body(tie);
	}

	@PutMapping("/person-ties/{id}")
	@Operation(summary = "Change the kind, strength, dates and note; the two people stay. If-Match is required")
	ResponseEntity<PersonTieView> update(@PathVariable long id, @Valid @RequestBody PersonTieBody body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		long version = ETags.requireVersion(ifMatch);
		PersonTieView current = ties.get(id);
		PersonTieView tie = ties.update(id, body.between(current.fromContactId(), current.toContactId()), version);
		return ResponseEntity.ok().eTag(ETags.of(tie.version())).body(tie);
	}

	@DeleteMapping("/person-ties/{id}")
	@Operation(summary = "Delete a tie; If-Match is required")
	ResponseEntity<Void> delete(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		ties.delete(id, ETags.requireVersion(ifMatch));
		return ResponseEntity.noContent().build();
	}

}
