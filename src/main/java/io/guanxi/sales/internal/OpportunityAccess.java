package io.guanxi.sales.internal;

import java.util.HashMap;
import java.util.Map;

import io.guanxi.platform.AccessScope;
import io.guanxi.platform.AccessService;
import io.guanxi.platform.CurrentUser;
import io.guanxi.platform.RecordNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may read and change an opportunity: those whose scope covers its owner, and its
 * deal team (read; change where the member can edit).
 */
@Component
public class OpportunityAccess {

	public static final String RECORD_TYPE = "opportunity";

	private final AccessService access;

	OpportunityAccess(AccessService access) {
		this.access = access;
	}

	public boolean canRead(Opportunity opportunity, AccessScope scope) {
		return scope.permits(opportunity.ownerId()) || opportunity.member(scope.userId()).isPresent();
	}

	public boolean canChange(Opportunity opportunity, AccessScope scope) {
		return scope.permits(opportunity.ownerId())
				|| opportunity.member(scope.userId()).map(Opportunity.TeamMember::canEdit).orElse(false);
	}

	public void checkRead(Opportunity opportunity) {
		if (!canRead(opportunity, access.scope())) {
			throw new RecordNotFoundException(RECORD_TYPE, opportunity.id());
		}
	}

	public void checkChange(Opportunity opportunity) {
		if (!canChange(opportunity, access.scope())) {
			throw new RecordNotFoundException(RECORD_TYPE, opportunity.id());
		}
	}

	public CurrentUser currentUser() {
		return access.currentUser();
	}

	public AccessScope scope() {
		return access.scope();
	}

	/**
	 * The SQL condition for lists: the caller's scope covers the owner, or the caller is
	 * on the deal team. {@code alias} names the opportunity table.
	 */
	public static String readCondition(String alias, AccessScope scope) {
		if (scope.unrestricted()) {
			return "1 = 1";
		}
		return "(" + scope.ownerCondition(alias + ".owner_id") + " or exists (select 1 from sales_opportunity_member m"
				+ " where m.opportunity_id = " + alias + ".id and m.user_id = :accessUserId))";
	}

	public static Map<String, Object> readParameters(AccessScope scope) {
		Map<String, Object> parameters = new HashMap<>(scope.ownerParameters());
		parameters.put("accessUserId", scope.userId());
		return parameters;
	}

}
