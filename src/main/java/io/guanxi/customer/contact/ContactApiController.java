package io.guanxi.customer.contact;

import java.net.URI;

import io.guanxi.customer.ContactDetails;
import io.guanxi.customer.ContactService;
import io.guanxi.customer.ContactSummary;
import io.guanxi.customer.SaveContact;
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
@RequestMapping("/api/v1/contacts")
@Tag(name = "Contacts", description = "The people at customers")
class ContactApiController {

	private final ContactService contacts;

	ContactApiController(ContactService contacts) {
		this.contacts = contacts;
	}

	@GetMapping
	@Operation(summary = "Contacts the caller may see, filtered by name or e-mail (q), paged (page, size, sort)")
	PagedModel<ContactSummary> list(@RequestParam(required = false) @Nullable String q, Pageable pageable) {
		return new PagedModel<>(contacts.list(q, pageable));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One contact with the accounts it belongs to; its ETag is needed to change it")
	ResponseEntity<ContactDetails> get(@PathVariable long id) {
		ContactDetails contact = contacts.get(id);
		return ResponseEntity.ok().eTag(ETags.of(contact.version())).body(contact);
	}

	@PostMapping
	@Operation(summary = "Create a contact; phones are normalised to E.164; send Idempotency-Key to make retries safe")
	ResponseEntity<ContactDetails> create(@Valid @RequestBody SaveContact command) {
		ContactDetails contact = contacts.create(command);
		return ResponseEntity.created(URI.create("/api/v1/contacts/" + contact.id()))
			.eTag(ETags.of(contact.version()))
			.body(contact);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a contact; If-Match must carry its current ETag")
	ResponseEntity<ContactDetails> update(@PathVariable long id, @Valid @RequestBody SaveContact command,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		ContactDetails contact = contacts.update(id, command, ETags.requireVersion(ifMatch));
		return ResponseEntity.ok().eTag(ETags.of(contact.version())).body(contact);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a contact; If-Match must carry its current ETag")
	ResponseEntity<Void> delete(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		contacts.delete(id, ETags.requireVersion(ifMatch));
		return ResponseEntity.noContent().build();
	}

}
