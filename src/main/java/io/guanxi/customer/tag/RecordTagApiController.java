package io.guanxi.customer.tag;

import java.util.List;

import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.customer.TagService;
import io.guanxi.customer.TagView;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Tags")
class RecordTagApiController {

	private final TagService tags;

	RecordTagApiController(TagService tags) {
		this.tags = tags;
	}

	@GetMapping("/api/v1/accounts/{id}/tags")
	@Operation(summary = "The tags of an account")
	List<TagView> accountTags(@PathVariable long id) {
		return tags.tagsOf(Subject.ACCOUNT, id);
	}

	@PutMapping("/api/v1/accounts/{id}/tags")
	@Operation(summary = "Make these tags the account's tags")
	List<TagView> replaceAccountTags(@PathVariable long id, @Valid @RequestBody TagIds body) {
		return tags.replace(Subject.ACCOUNT, id, body.tagIds());
	}

	@GetMapping("/api/v1/contacts/{id}/tags")
	@Operation(summary = "The tags of a contact")
	List<TagView> contactTags(@PathVariable long id) {
		return tags.tagsOf(Subject.CONTACT, id);
	}

	@PutMapping("/api/v1/contacts/{id}/tags")
	@Operation(summary = "Make these tags the contact's tags")
	List<TagView> replaceContactTags(@PathVariable long id, @Valid @RequestBody TagIds body) {
		return tags.replace(Subject.CONTACT, id, body.tagIds());
	}

	/** The complete set of a record's tags. */
	record TagIds(@NotNull List<Long> tagIds) {
	}

}
