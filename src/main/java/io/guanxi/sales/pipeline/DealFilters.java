package io.guanxi.sales.pipeline;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.guanxi.platform.AccessScope;
import io.guanxi.platform.AccessService;
import io.guanxi.platform.UserDirectory;
import io.guanxi.customer.ListQuery;
import io.guanxi.sales.OpportunityFilter;
import io.guanxi.sales.PipelineFilter;
import io.guanxi.sales.internal.OpportunityAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Turns the criteria of a pipeline view into conditions on the deals the caller may read:
 * owner ({@code me} or a user id), team (its active members), expected close dates and
 * product line.
 */
@Component
public class DealFilters {

	private static final String MEMBER_ONLY_ATTRIBUTE = DealFilters.class.getName() + ".memberOnly.";

	private final AccessService access;

	private final UserDirectory users;

	private final JdbcClient jdbc;

	DealFilters(AccessService access, UserDirectory users, JdbcClient jdbc) {
		this.access = access;
		this.users = users;
		this.jdbc = jdbc;
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
		AccessScope scope = access.scope();
		DealSource deals = scope.unrestricted() ? DealSource.visibleTo(scope)
				: DealSource.visibleTo(scope, memberOnly(scope));
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

	/**
	 * The deals of owners outside the scope on whose deal team the caller is: looked up
	 * once per request, since a page asks several questions of the same deals.
	 */
	private List<Long> memberOnly(AccessScope scope) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		String key = MEMBER_ONLY_ATTRIBUTE + scope.userId();
		if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof List<?> cached) {
			return cached.stream().map(Long.class::cast).toList();
		}
		List<Long> ids = jdbc
			.sql("select m.opportunity_id from sales_opportunity_member m join sales_opportunity o on o.id = "
					+ "m.opportunity_id where m.user_id = :accessUserId and not (" + scope.ownerCondition("o.owner_id")
					+ ")")
			.params(OpportunityAccess.readParameters(scope))
			.query(Long.class)
			.list();
		if (request != null) {
			request.setAttribute(key, ids, RequestAttributes.SCOPE_REQUEST);
		}
		return ids;
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
	 * The won deals that closed from–to (both included; either may be open): first those
	 * whose expected close date falls in it, then, where that date is empty, those won on
	 * one of those days. Two sources rather than one condition with an {@code or}, so
	 * that each is a range of the owner index.
	 */
	public static List<DealSource> wonBetween(DealSource deals, @Nullable LocalDate from, @Nullable LocalDate to) {
		DealSource won = deals.where("o.status = 'WON'");
		if (from == null && to == null) {
			return List.of(won);
		}
		DealSource undated = won.where("o.close_date is null");
		if (from != null) {
			undated = undated.where("o.closed_at >= :wonFromTime", "wonFromTime",
					from.atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		if (to != null) {
			undated = undated.where("o.closed_at < :wonToTime", "wonToTime",
					to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		return List.of(closingBetween(won, from, to), undated);
	}

}
