package io.guanxi.sales.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.guanxi.platform.AccessScope;
import io.guanxi.sales.internal.OpportunityAccess;
import org.jspecify.annotations.Nullable;

/**
 * The opportunities a user may read, narrowed by conditions on the opportunity table
 * (called {@code o}), as the source of a report query:
 *
 * <pre>
 * DealSource open = DealSource.visibleTo(scope).where("o.status = 'OPEN'");
 * jdbc.sql("select v.stage_id, count(*) from " + open.from("o.stage_id", "v") + " group by v.stage_id")
 * 	.params(open.parameters())
 * </pre>
 *
 * The rule is {@link OpportunityAccess#readCondition}'s (the scope covers the owner, or
 * the caller is on the deal team) with its parameters, written as two branches joined by
 * {@code union all}: the owners' deals, then the deal-team deals of other owners. With
 * the rule's {@code or} in one {@code where}, PostgreSQL cannot search an index on
 * {@code owner_id} and reads every row that the other conditions leave, which for a
 * manager's board of 2,000,000 deals means hundreds of thousands of rows instead of the
 * team's.
 * <p>
 * The second branch finds the deal-team deals through the member table, which means a
 * look at each of the caller's memberships, their own team's deals included. Where
 * several statements serve one page, {@link #visibleTo(AccessScope, List)} takes those
 * deals' ids, looked up once ({@link DealFilters}), and leaves the branch out when there
 * are none.
 */
public final class DealSource {

	private static final String MEMBER_ONLY = "memberOnlyIds";

	private final AccessScope scope;

	/** The deal-team deals of other owners; null: found through the member table. */
	private final @Nullable List<Long> memberOnly;

	private final List<String> conditions;

	private final Map<String, Object> parameters;

	private DealSource(AccessScope scope, @Nullable List<Long> memberOnly, List<String> conditions,
			Map<String, Object> parameters) {
		this.scope = scope;
		this.memberOnly = memberOnly;
		this.conditions = conditions;
		this.parameters = parameters;
	}

	/** The deals the scope's user may read. */
	public static DealSource visibleTo(AccessScope scope) {
		return new DealSource(scope, null, List.of(),
				scope.unrestricted() ? Map.of() : OpportunityAccess.readParameters(scope));
	}

	/**
	 * The deals the scope's user may read, {@code memberOnly} being the deals of other
	 * owners on whose deal team they are.
	 */
	public static DealSource visibleTo(AccessScope scope, List<Long> memberOnly) {
		Map<String, Object> parameters = new HashMap<>(scope.ownerParameters());
		if (!memberOnly.isEmpty()) {
			parameters.put(MEMBER_ONLY, List.copyOf(memberOnly));
		}
		return new DealSource(scope, List.copyOf(memberOnly), List.of(), Map.copyOf(parameters));
	}

	/** The deals that also meet the condition (which names no parameter). */
	public DealSource where(String condition) {
		return where(condition, Map.of());
	}

	/** The deals that also meet the condition, which names the parameter. */
	public DealSource where(String condition, String name, Object value) {
		return where(condition, Map.of(name, value));
	}

	/** The deals that also meet the condition, which names the parameters. */
	public DealSource where(String condition, Map<String, ?> values) {
		List<String> more = new ArrayList<>(conditions);
		more.add(condition);
		Map<String, Object> all = new HashMap<>(parameters);
		all.putAll(values);
		return new DealSource(scope, memberOnly, List.copyOf(more), Map.copyOf(all));
	}

	/**
	 * A derived table of the deals with {@code columns} of {@code o}, for a {@code from}
	 * clause.
	 */
	public String from(String columns, String alias) {
		return "(" + select(columns) + ") " + alias;
	}

	/** The statement that selects {@code columns} of {@code o} of the deals. */
	public String select(String columns) {
		String narrowed = conditions.isEmpty() ? "" : " and " + String.join(" and ", conditions);
		if (scope.unrestricted()) {
			return "select " + columns + " from sales_opportunity o where 1 = 1" + narrowed;
		}
		String owned = "select " + columns + " from sales_opportunity o where " + scope.ownerCondition("o.owner_id")
				+ narrowed;
		if (memberOnly == null) {
			return owned + " union all select " + columns + " from sales_opportunity o where o.id in (select "
					+ "m.opportunity_id from sales_opportunity_member m where m.user_id = :accessUserId) and not ("
					+ scope.ownerCondition("o.owner_id") + ")" + narrowed;
		}
		return memberOnly.isEmpty() ? owned : owned + " union all select " + columns
				+ " from sales_opportunity o where o.id in (:" + MEMBER_ONLY + ")" + narrowed;
	}

	public Map<String, Object> parameters() {
		return parameters;
	}

}
