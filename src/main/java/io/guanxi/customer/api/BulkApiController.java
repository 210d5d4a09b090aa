package io.guanxi.customer.api;

import io.guanxi.customer.BulkAction;
import io.guanxi.customer.BulkActions;
import io.guanxi.customer.ProfileSection.Subject;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Bulk actions on the accounts and contacts lists, for programs. */
@RestController
class BulkApiController {

	private static final String WHAT = "action ASSIGN_OWNER with ownerId, ADD_TAG with tagId, or DELETE, on at most "
			+ "1,000 ids. Only the records the caller may change are touched; the answer says how many were.";

	private final BulkActions bulk;

	BulkApiController(BulkActions bulk) {
		this.bulk = bulk;
	}

	@PostMapping("/api/v1/accounts/bulk")
	@Tag(name = "Accounts")
	@Operation(summary = "Assign an owner to, tag or delete many accounts at once", description = WHAT)
	BulkAction.Result accounts(@Valid @RequestBody BulkAction action) {
		return bulk.apply(Subject.ACCOUNT, action);
	}

	@PostMapping("/api/v1/contacts/bulk")
	@Tag(name = "Contacts")
	@Operation(summary = "Assign an owner to, tag or delete many contacts at once", description = WHAT)
	BulkAction.Result contacts(@Valid @RequestBody BulkAction action) {
		return bulk.apply(Subject.CONTACT, action);
	}

}
