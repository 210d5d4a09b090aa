package io.guanxi.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.guanxi.relationship.BuyingRole;
import org.jspecify.annotations.Nullable;

/**
 * An opportunity as its readers see it.
 *
 * @param doneTaskIds the checklist tasks done, of any stage
 * @param canChange whether the caller may change it
 */
public record OpportunityView(long id, long accountId, String accountName, long ownerId, String ownerName, String name,
		long processId, StageView stage, OpportunityStatus status, @Nullable BigDecimal amount, String currency,
		@Nullable LocalDate closeDate, int probability, ForecastCategory forecastCategory, @Nullable String nextStep,
		@Nullable String productLine, @Nullable String source, @Nullable String description,
		@Nullable String closeReason, Instant stageEnteredAt, @Nullable Instant closedAt, List<ContactOnDeal> contacts,
		List<Member> members, Set<Long> doneTaskIds, boolean canChange, Instant createdAt, long version) {

	/** A customer's person on the deal. */
	public record ContactOnDeal(long contactId, String name, @Nullable BuyingRole buyingRole) {
	}

	/** A user on the deal team. */
	public record Member(long userId, String name, TeamRole role, boolean canEdit) {
	}

}
