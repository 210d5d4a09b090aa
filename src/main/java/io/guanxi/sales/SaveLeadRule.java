package io.guanxi.sales;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.guanxi.customer.Industry;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An assignment rule as an administrator writes it: criteria (empty ones match any lead)
 * and exactly one assignee, a user or a team whose active members take turns.
 */
public record SaveLeadRule(@NotBlank @Size(max = 100) String name, @Nullable @Size(max = 100) String region,
		@Nullable @Size(max = 100) String city, @Nullable Industry industry, @Nullable LeadSource source,
		@Nullable Long assigneeUserId, @Nullable Long assigneeTeamId, boolean active) {

	public SaveLeadRule {
		name = name == null ? "" : name.strip();
		region = region == null || region.isBlank() ? null : region.strip();
		city = city == null || city.isBlank() ? null : city.strip();
	}

	public static SaveLeadRule blank() {
		return new SaveLeadRule("", null, null, null, null, null, null, true);
	}

	/**
	 * A user or a team, not both; a validation error names the field {@code assigned}.
	 */
	@JsonIgnore
	@AssertTrue(message = "{sales.leadRule.error.assignee}")
	public boolean isAssigned() {
		return (assigneeUserId == null) != (assigneeTeamId == null);
	}

}
