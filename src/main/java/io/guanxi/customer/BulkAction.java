package io.guanxi.customer;

import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * One action on many accounts or contacts at once, from a list's ticked rows or the API:
 * only the records the caller may change are touched.
 *
 * @param ownerId the new owner, needed to assign
 * @param tagId the tag to add, needed to tag
 */
public record BulkAction(@NotNull Kind action, @NotNull @Size(min = 1, max = 1000) List<Long> ids,
		@Nullable Long ownerId, @Nullable Long tagId) {

	@AssertTrue(message = "{customer.bulk.error.owner}")
	boolean isOwnerGivenToAssign() {
		return action != Kind.ASSIGN_OWNER || ownerId != null;
	}

	@AssertTrue(message = "{customer.bulk.error.tag}")
	boolean isTagGivenToTag() {
		return action != Kind.ADD_TAG || tagId != null;
	}

	public enum Kind {

		ASSIGN_OWNER, ADD_TAG, DELETE

	}

	/** How many of the records the action changed. */
	public record Result(int changed) {
	}

}
