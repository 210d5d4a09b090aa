package io.guanxi.customer;

import java.util.List;

/**
 * Published in the deleting transaction just before contacts are deleted (not merged): a
 * module whose history would be lost may refuse by throwing a
 * {@link io.guanxi.platform.BusinessRuleException} that says why.
 */
public record ContactDeleting(List<Long> contactIds) {

	public ContactDeleting {
		contactIds = List.copyOf(contactIds);
	}

}
