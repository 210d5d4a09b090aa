package io.guanxi.platform.user;

import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who is below whom. The hierarchy is kept acyclic when it is written, so the walk ends.
 */
@Component
class ManagerHierarchy {

	private static final String REPORTS = """
			with recursive reports (id) as (
			    select id from platform_user where manager_id = :manager
			    union all
			    select u.id from platform_user u join reports r on u.manager_id = r.id
			)
			select id from reports
			""";

	private final JdbcClient jdbc;

	ManagerHierarchy(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The user and everyone who reports to them directly or indirectly. */
	Set<Long> userAndReports(long userId) {
		Set<Long> ids = new HashSet<>(jdbc.sql(REPORTS).param("manager", userId).query(Long.class).list());
		ids.add(userId);
		return ids;
	}

	/**
	 * Whether making {@code managerId} the manager of {@code userId} would close a loop.
	 */
	boolean wouldCreateCycle(long userId, long managerId) {
		return userAndReports(userId).contains(managerId);
	}

}
