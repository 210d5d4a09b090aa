package io.guanxi.customer.quality;

import java.util.List;

import io.guanxi.customer.AccountDetails;
import io.guanxi.customer.ContactDetails;
import io.guanxi.customer.DuplicateCandidate;
import io.guanxi.customer.Duplicates;
import io.guanxi.customer.MergeRecords;
import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.platform.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Duplicates", description = "Likely duplicate accounts and contacts, and merging them")
class DuplicateApiController {

	private final Duplicates duplicates;

	DuplicateApiController(Duplicates duplicates) {
		this.duplicates = duplicates;
	}

	@GetMapping("/accounts/{id}/duplicates")
	@Operation(summary = "Likely duplicates of an account among those the caller may see, best first",
			description = "Same phone (E.164), same e-mail (ignoring case), or a similar name in the same city; "
					+ "score 1 for an exact match, else the name similarity. Dismissed pairs are left out.")
	List<DuplicateCandidate> accountDuplicates(@PathVariable long id) {
		return duplicates.candidates(Subject.ACCOUNT, id);
	}

	@GetMapping("/contacts/{id}/duplicates")
	@Operation(summary = "Likely duplicates of a contact among those the caller may see, best first",
			description = "Same mobile or office phone (E.164, either field), same e-mail, or a similar name "
					+ "at the same account.")
	List<DuplicateCandidate> contactDuplicates(@PathVariable long id) {
		return duplicates.candidates(Subject.CONTACT, id);
	}

	@PostMapping("/accounts/merge")
	@Operation(summary = "Merge one account into another",
			description = "fields maps a field (name, phone, ..., owner, field.<custom field code>) to \"survivor\" "
					+ "or \"merged\"; a field not named keeps the survivor's value, or takes the merged one's "
					+ "when the survivor has none. Contacts, tags, custom field values and interactions move to "
					+ "the survivor, the merged account is deleted (its history stays). Both versions must be "
					+ "current (412 otherwise); the caller must be able to change both accounts.")
	ResponseEntity<AccountDetails> mergeAccounts(@Valid @RequestBody MergeRecords command) {
		AccountDetails survivor = duplicates.mergeAccounts(command);
		return ResponseEntity.ok().header(HttpHeaders.ETAG, ETags.of(survivor.version())).body(survivor);
	}

	@PostMapping("/contacts/merge")
	@Operation(summary = "Merge one contact into another",
			description = "As for accounts; account links, tags, custom field values and interaction "
					+ "participation move to the survivor.")
	ResponseEntity<ContactDetails> mergeContacts(@Valid @RequestBody MergeRecords command) {
		ContactDetails survivor = duplicates.mergeContacts(command);
		return ResponseEntity.ok().header(HttpHeaders.ETAG, ETags.of(survivor.version())).body(survivor);
	}

}
