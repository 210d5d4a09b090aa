package io.guanxi.sales.pipeline;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.guanxi.platform.AccessService;
import io.guanxi.platform.UserDirectory;
import io.guanxi.customer.ListQuery;
import io.guanxi.sales.OpportunityFilter;
import io.guanxi.sales.PipelineFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns the criteria of a pipeline view into conditions on the deals the caller may read:
 * owner ({@code me} or a user id), team (its active members), expected close dates and
 * product line.
 */
@Component
public class DealFilters {

	private final AccessService access;

	private final UserDirectory users;

	DealFilters(AccessService access, UserDirectory users) {
		this.access = access;
		this.users = users;
	}

	/**
	 * The deals the caller may read that meet the filter's owner, team, expected close
	 * dates and product line.
	 */
	public DealSource visible(PipelineFilter filter) {
		return closingBetween(anyCloseDate(filter), filter.closeFrom(), filter.closeTo());
	}

	/**
	 * The deals the caller may read that meet the filter's owner, team and product line,
	 * whatever their expected close date.
	 */
	public DealSource anyCloseDate(PipelineFilter filter) {
		DealSource deals = DealSource.visibleTo(access.scope());
		Set<Long> owners = owners(filter.owner(), filter.team());
		if (owners != null) {
			deals = owners.isEmpty() ? deals.where("1 = 0")
					: deals.where("o.owner_id in (:filterOwners)", "filterOwners", List.copyOf(owners));
		}
		if (filter.productLine() != null && !filter.productLine().isBlank()) {
			deals = deals.where("lower(o.product_line) = :productLine", "productLine",
					filter.productLine().strip().toLowerCase(Locale.ROOT));
		}
		return deals;
	}

	/** The deals the caller may read that meet every criterion of the table's filter. */
	public DealSource table(OpportunityFilter filter) {
		DealSource deals = visible(filter.pipeline());
		if (filter.process() != null) {
			deals = deals.where("o.process_id = :processId", "processId", filter.process());
		}
		if (filter.currency() != null && !filter.currency().isBlank()) {
			deals = deals.where("o.currency = :currency", "currency", filter.pipeline().currencyOrDefault());
		}
		if (filter.stage() != null && !filter.stage().isEmpty()) {
			deals = deals.where("o.stage_id in (:stages)", "stages", filter.stage());
		}
		if (filter.status() != null && !filter.status().isEmpty()) {
			deals = deals.where("o.status in (:statuses)", "statuses",
					filter.status().stream().map(Enum::name).toList());
		}
		if (filter.amountFrom() != null) {
			deals = deals.where("o.amount >= :amountFrom", "amountFrom", filter.amountFrom());
		}
		if (filter.amountTo() != null) {
			deals = deals.where("o.amount <= :amountTo", "amountTo", filter.amountTo());
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			deals = deals.where("lower(o.name) like :name escape '\\'", "name", ListQuery.containsPattern(filter.q()));
		}
		return deals;
	}

	/** The owner the filter names, if any: the caller for {@code me}. */
	public @Nullable Long ownerId(@Nullable String owner) {
		if (owner == null || owner.isBlank()) {
			return null;
		}
		if (PipelineFilter.ME.equalsIgnoreCase(owner.strip())) {
			return access.currentUser().id();
		}
		try {
			return Long.valueOf(owner.strip());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("owner must be 'me' or a user id, not '" + owner + "'");
		}
	}

	/** The owners of the filter (null: anyone the caller can see). */
	private @Nullable Set<Long> owners(@Nullable String owner, @Nullable Long team) {
		Long ownerId = ownerId(owner);
		if (team == null) {
			return ownerId == null ? null : Set.of(ownerId);
		}
		Set<Long> members = new HashSet<>();
		users.teamMembers(team).forEach(member -> members.add(member.id()));
		if (ownerId != null) {
			members.retainAll(Set.of(ownerId));
		}
		return members;
	}

	/** The deals expected to close from–to (both included; either may be open). */
	public static DealSource closingBetween(DealSource deals, @Nullable LocalDate from, @Nullable LocalDate to) {
		DealSource narrowed = deals;
		if (from != null) {
			narrowed = narrowed.where("o.close_date >= :closeFrom", "closeFrom", from);
		}
		if (to != null) {
			narrowed = narrowed.where("o.close_date <= :closeTo", "closeTo", to);
		}
		return narrowed;
	}

	/**
	 * The won deals that closed from–to (both included; either may be open): by their
	 * expected close date, or by the day they were won where that date is empty.
	 */
	public static DealSource wonBetween(DealSource deals, @Nullable LocalDate from, @Nullable LocalDate to) {
		if (from == null && to == null) {
			return deals;
		}
		List<String> byCloseDate = new ArrayList<>();
		List<String> byClosedAt = new ArrayList<>(List.of("o.close_date is null"));
		Map<String, Object> parameters = new HashMap<>();
		if (from != null) {
			byCloseDate.add("o.close_date >= :wonFrom");
			byClosedAt.add("o.closed_at >= :wonFromTime");
			parameters.put("wonFrom", from);
			parameters.put("wonFromTime", from.atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		if (to != null) {
			byCloseDate.add("o.close_date <= :wonTo");
			byClosedAt.add("o.closed_at < :wonToTime");
			parameters.put("wonTo", to);
			parameters.put("wonToTime", to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		return deals.where(
				"((" + String.join(" and ", byCloseDate) + ") or (" + String.join(" and ", byClosedAt) + "))",
				parameters);
	}

}
