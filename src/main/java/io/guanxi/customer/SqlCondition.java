package io.guanxi.customer;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A piece of a SQL {@code where} clause with its named parameters, for list queries
 * written with {@code JdbcClient}:
 *
 * <pre>
 * SqlCondition tagged = TagFilters.hasTag(Subject.ACCOUNT, tagId);
 * jdbc.sql("select id, name from customer_account where " + tagged.sql() + " and "
 * 		+ scope.ownerCondition("owner_id"))
 * 	.params(tagged.parameters())
 * 	.params(scope.ownerParameters())
 * </pre>
 *
 * Parameter names are unique per condition, so conditions combine with {@link #and}.
 */
public record SqlCondition(String sql, Map<String, Object> parameters) {

	private static final AtomicLong NAMES = new AtomicLong();

	public SqlCondition {
		parameters = Map.copyOf(parameters);
	}

	/** Both conditions. */
	public SqlCondition and(SqlCondition other) {
		Map<String, Object> all = new HashMap<>(parameters);
		all.putAll(other.parameters);
		return new SqlCondition("(" + sql + ") and (" + other.sql + ")", all);
	}

	/** A parameter name that no other condition uses. */
	public static String parameterName(String prefix) {
		return prefix + NAMES.incrementAndGet();
	}

}
