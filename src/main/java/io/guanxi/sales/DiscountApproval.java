package io.guanxi.sales;

import java.math.BigDecimal;
import java.util.Set;

import io.guanxi.platform.AccessService;
import io.guanxi.platform.CurrentUser;
import io.guanxi.platform.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The discount gate on quotes: a quote whose discount (of a line, or of the whole against
 * list prices) is above {@code guanxi.sales.quote.discount-approval-threshold} percent
 * needs a manager's approval. A manager is a sales director or an administrator whose
 * access covers the quote's owner, and never the owner themself.
 */
@Component
class DiscountApproval {

	static final Set<Role> APPROVING_ROLES = Set.of(Role.SALES_MANAGER, Role.ADMIN);

	private final BigDecimal threshold;

	private final AccessService access;

	DiscountApproval(@Value("${guanxi.sales.quote.discount-approval-threshold:15}") BigDecimal threshold,
			AccessService access) {
		this.threshold = threshold;
		this.access = access;
	}

	BigDecimal threshold() {
		return threshold;
	}

	boolean needed(BigDecimal discountPercent) {
		return discountPercent.compareTo(threshold) > 0;
	}

	/** Whether the signed-in user approves quotes at all (their role). */
	boolean mayApproveAnything() {
		return APPROVING_ROLES.contains(access.currentUser().role());
	}

	/** Whether the signed-in user may approve or reject a quote of {@code ownerId}. */
	boolean mayApprove(long ownerId) {
		CurrentUser user = access.currentUser();
		return APPROVING_ROLES.contains(user.role()) && user.id() != ownerId && access.scope().permits(ownerId);
	}

}
