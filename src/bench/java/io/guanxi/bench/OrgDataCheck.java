package io.guanxi.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks generated (or any) org data against the rules the application keeps when it records positions
 * (OrgRules): no person holds two overlapping positions in one department, a manager holds a position at the
 * account on the day a report's position starts, reporting lines have no cycle (checked over all positions,
 * whatever their dates, which is stricter than the application), a position's department belongs to its account,
 * a change's positions are the changed person's, and no company is above itself in a corporate group (over
 * PARENT, GROUP_MEMBER and majority SHAREHOLDER links, whatever their dates). Runs against PostgreSQL and H2.
 * <p>
 * On its own: {@code mvn -P bench test-compile exec:java -Dexec.mainClass=io.guanxi.bench.OrgDataCheck
 * -Dexec.classpathScope=test}.
 */
final class OrgDataCheck {

	/** Longer reporting lines than this count as a cycle. */
	private static final int MAX_DEPTH = 40;

	/** Deeper corporate groups than this count as a circle. */
	private static final int MAX_GROUP_DEPTH = 12;

	private static final Map<String, String> VIOLATIONS = new LinkedHashMap<>();

	static {
		VIOLATIONS.put("overlapping positions of one person in one department", """
				select count(*) from relationship_position a join relationship_position b
				    on b.contact_id = a.contact_id and b.account_id = a.account_id and b.id > a.id
				    and (b.department_id = a.department_id or (b.department_id is null and a.department_id is null))
				where a.valid_from < coalesce(b.valid_to, date '9999-12-31')
				  and b.valid_from < coalesce(a.valid_to, date '9999-12-31')
				""");
		VIOLATIONS.put("positions whose manager held no position at the account on their first day", """
				select count(*) from relationship_position p
				where p.reports_to_contact_id is not null and not exists (
				    select 1 from relationship_position m
				    where m.contact_id = p.reports_to_contact_id and m.account_id = p.account_id
				      and m.valid_from <= p.valid_from and (m.valid_to is null or m.valid_to > p.valid_from))
				""");
		VIOLATIONS.put("reporting lines in a cycle (or deeper than " + MAX_DEPTH + ")", """
				with recursive lines (account_id, contact_id, manager_id) as (
				    select distinct account_id, contact_id, reports_to_contact_id from relationship_position
				    where reports_to_contact_id is not null
				), up (account_id, start_id, contact_id, depth) as (
				    select account_id, contact_id, manager_id, 1 from lines
				  union all
				    select u.account_id, u.start_id, l.manager_id, u.depth + 1
				    from up u join lines l on l.contact_id = u.contact_id and l.account_id = u.account_id
				    where u.depth < %d and u.contact_id <> u.start_id
				)
				select count(distinct start_id) from up where contact_id = start_id or depth = %d
				""".formatted(MAX_DEPTH, MAX_DEPTH));
		VIOLATIONS.put("companies above themselves in a corporate group (or groups deeper than " + MAX_GROUP_DEPTH
				+ ")", """
				with recursive control (controller_id, controlled_id) as (
				    select distinct case when kind = 'GROUP_MEMBER' then to_account_id else from_account_id end,
				        case when kind = 'GROUP_MEMBER' then from_account_id else to_account_id end
				    from relationship_company_link
				    where kind in ('PARENT', 'GROUP_MEMBER') or (kind = 'SHAREHOLDER' and share_percent > 50)
				), up (start_id, controller_id, depth) as (
				    select controlled_id, controller_id, 1 from control
				  union all
				    select u.start_id, c.controller_id, u.depth + 1
				    from up u join control c on c.controlled_id = u.controller_id
				    where u.depth < %d and u.controller_id <> u.start_id
				)
				select count(distinct start_id) from up where controller_id = start_id or depth = %d
				""".formatted(MAX_GROUP_DEPTH, MAX_GROUP_DEPTH));
		VIOLATIONS.put("positions in another account's department", """
				select count(*) from relationship_position p join relationship_department d on d.id = p.department_id
				where d.account_id <> p.account_id
				""");
		VIOLATIONS.put("changes whose positions belong to someone else", """
				select count(*) from relationship_personnel_change c
				left join relationship_position f on f.id = c.from_position_id
				left join relationship_position t on t.id = c.to_position_id
				where f.contact_id <> c.contact_id or t.contact_id <> c.contact_id
				""");
	}

	private final Connection connection;

	OrgDataCheck(Connection connection) {
		this.connection = connection;
	}

	public static void main(String[] args) throws SQLException {
		try (Connection connection = BenchDatabase.fromEnvironment().connect()) {
			System.out.println(new OrgDataCheck(connection).run());
		}
	}

	/** Answers what was checked; throws when a rule is broken. */
	String run() throws SQLException {
		List<String> broken = new ArrayList<>();
		for (Map.Entry<String, String> violation : VIOLATIONS.entrySet()) {
			long count = count(violation.getValue());
			if (count > 0) {
				broken.add(count + " " + violation.getKey());
			}
		}
		if (!broken.isEmpty()) {
			throw new IllegalStateException("The org data breaks the application's rules: " + broken);
		}
		return "org rules hold: no " + String.join(", no ", VIOLATIONS.keySet());
	}

	private long count(String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

}
