package io.guanxi.sales;

import io.guanxi.customer.Industry;
import org.jspecify.annotations.Nullable;

/**
 * An assignment rule in its place in the order (1 is tried first), with its assignee's
 * name.
 */
public record LeadRuleView(long id, int position, String name, @Nullable String region, @Nullable String city,
		@Nullable Industry industry, @Nullable LeadSource source, @Nullable Long assigneeUserId,
		@Nullable Long assigneeTeamId, String assigneeName, boolean active, long version) {

	public SaveLeadRule toCommand() {
		return new SaveLeadRule(name, region, city, industry, source, assigneeUserId, assigneeTeamId, active);
	}

	public boolean roundRobin() {
		return assigneeTeamId != null;
	}

}
