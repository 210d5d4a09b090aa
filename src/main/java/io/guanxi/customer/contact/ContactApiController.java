package io.guanxi.customer.contact;

import java.net.URI;

import io.guanxi.customer.ContactDetails;
import io.guanxi.customer.ContactFilter;
import io.guanxi.customer.ContactService;
import io.guanxi.customer.ContactSummary;
import io.guanxi.customer.SaveContact;
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
@RequestMapping("/api/v1/contacts")
@Tag(name = "Contacts", description = "The people at customers")
class ContactApiController {

	private final ContactService contacts;

	ContactApiController(ContactService contacts) {
		this.contacts = contacts;
	}

	@GetMapping
	@Operation(summary = "Contacts the caller may see that match every given filter, paged (page, size, sort)",
			description = "Filters: q (name, alternate name or e-mail contains), account (the name of an account the "
					+ "contact works at contains), owner (user id), tag (tag id), hasMobile, hasEmail and "
					+ "doNotContact (true or false), channel (preferred channel), language (preferred language tag, "
					+ "e.g. zh-CN), createdFrom/createdTo/updatedFrom/updatedTo (ISO dates, inclusive), field[code] "
					+ "(custom field: text contains, others equal, * = has a value), fieldFrom[code] and "
					+ "fieldTo[code] (number and date ranges, inclusive); repeat a parameter to allow several values. "
					+ "Sort by fullName, alternateName, jobTitle, email, city, createdAt or updatedAt. totalElements "
					+ "is exact up to 10,000; 10,001 means more, and pages beyond the first 10,000 contacts are "
					+ "refused with 409: narrow the filter instead.")
	PagedModel<ContactSummary> list(@ParameterObject @ModelAttribute ContactFilter filter,
			@ParameterObject Pageable pageable, HttpServletRequest request) {
		return new PagedModel<>(contacts.list(filter.withCustomFieldsFrom(request.getParameterMap()), pageable));
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
