package io.guanxi.customer.contact;

import java.util.List;

import io.guanxi.customer.AccountContact;
import io.guanxi.customer.ContactAccount;
import io.guanxi.customer.ContactService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Which contacts work at an account. */
@RestController
@RequestMapping("/api/v1/accounts/{accountId}/contacts")
@Tag(name = "Contacts", description = "The people at customers")
class AccountContactsApiController {

	private final ContactService contacts;

	AccountContactsApiController(ContactService contacts) {
		this.contacts = contacts;
	}

	@GetMapping
	@Operation(summary = "The contacts at an account that the caller may see, the primary one first")
	List<AccountContact> list(@PathVariable long accountId) {
		return contacts.contactsOf(accountId);
	}

	@PutMapping("/{contactId}")
	@Operation(summary = "Link a contact to an account, or change the link's job title and primary flag")
	ContactAccount link(@PathVariable long accountId, @PathVariable long contactId,
			@Valid @RequestBody(required = false) @Nullable LinkContact body) {
		LinkContact link = body == null ? new LinkContact(null, false) : body;
		return contacts.link(contactId, accountId, link.jobTitle(), Boolean.TRUE.equals(link.primary()));
	}

	@DeleteMapping("/{contactId}")
	@Operation(summary = "Unlink a contact from an account; the contact itself stays")
	ResponseEntity<Void> unlink(@PathVariable long accountId, @PathVariable long contactId) {
		contacts.unlink(contactId, accountId);
		return ResponseEntity.noContent().build();
	}

	/**
	 * @param jobTitle the title at this account; empty means the contact's own title
	 * @param primary whether the contact becomes the account's primary contact
	 */
	record LinkContact(@Nullable @Size(max = 200) String jobTitle, @Nullable Boolean primary) {
	}

}
