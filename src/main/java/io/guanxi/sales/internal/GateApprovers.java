package io.guanxi.sales.internal;

import java.util.List;

import io.guanxi.platform.Role;
import io.guanxi.platform.UserDirectory;
import org.springframework.stereotype.Component;

/**
 * Who is asked for a manager's approval: the sales managers and admins above the owner.
 */
@Component
public class GateApprovers {

	private final UserDirectory users;

	GateApprovers(UserDirectory users) {
		this.users = users;
	}

	public List<Long> of(long ownerId) {
		return users.managersOf(ownerId)
			.stream()
			.filter(user -> user.role() == Role.SALES_MANAGER || user.role() == Role.ADMIN)
			.map(UserDirectory.UserSummary::id)
			.toList();
	}

}
