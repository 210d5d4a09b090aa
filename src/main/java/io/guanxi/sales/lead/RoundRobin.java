package io.guanxi.sales.lead;

import java.util.List;
import java.util.Optional;

import io.guanxi.platform.UserDirectory;
import io.guanxi.platform.UserDirectory.UserSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands a rule's leads to the active members of its team in turn (by user id, starting
 * again at the lowest). The last member served is kept in the database and read under a
 * row lock that holds until the capturing transaction ends, so concurrent captures on
 * several nodes are served one after the other and nobody is skipped or served twice;
 * members who join or leave take or lose their turn at once.
 */
@Component
public class RoundRobin {

	private final JdbcClient jdbc;

	private final UserDirectory users;

	RoundRobin(JdbcClient jdbc, UserDirectory users) {
		this.jdbc = jdbc;
		this.users = users;
	}

	/** The member whose turn it is, or empty when the team has no active member. */
	Optional<Long> next(long ruleId, long teamId) {
		List<Long> members = users.teamMembers(teamId).stream().map(UserSummary::id).sorted().toList();
		if (members.isEmpty()) {
			return Optional.empty();
		}
		Long last = jdbc.sql("select last_user_id from sales_lead_rule_cursor where rule_id = :rule for update")
			.param("rule", ruleId)
			.query((rs, n) -> rs.getObject(1, Long.class))
			.optional()
			.orElse(null);
		long next = members.stream().filter(id -> last != null && id > last).findFirst().orElse(members.get(0));
		jdbc.sql("update sales_lead_rule_cursor set last_user_id = :user where rule_id = :rule")
			.param("user", next)
			.param("rule", ruleId)
			.update();
		return Optional.of(next);
	}

	/** A new rule's cursor, before its first lead: every rule gets one when created. */
	public void start(long ruleId) {
		jdbc.sql("insert into sales_lead_rule_cursor (rule_id, last_user_id) values (:rule, null)")
			.param("rule", ruleId)
			.update();
	}

}
