package io.guanxi.customer;

import java.util.List;

/**
 * Published in the deleting transaction just before accounts are deleted (not merged): a
 * module whose history would be lost may refuse by throwing a
 * {@link io.guanxi.platform.BusinessRuleException} that says why.
 */
public record AccountDeleting(List<Long> accountIds) {

	public AccountDeleting {
		accountIds = List.copyOf(accountIds);
	}

}
