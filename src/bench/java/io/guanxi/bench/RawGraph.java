package io.guanxi.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

/**
 * The raw SQL baselines of the relationship reads (PostgreSQL): what the database must do at least to answer
 * them, for the user's owner scope.
 */
final class RawGraph {

	/** Candidates read per node and direction, and neighbours kept per node, as the network view does. */
	static final int WINDOW = 25;

	static final int NEIGHBOURS = 12;

	/** Ties followed per person on the way to a warm-path target, the strongest first. */
	static final int TIES_PER_PERSON = 50;

	private static final String HOLDS = "(t.valid_from is null or t.valid_from <= ?) and (t.valid_to is null or t.valid_to > ?)";

	private static final String LINKS = """
			select n.id, e.other from unnest(cast(? as bigint[])) as n(id) cross join lateral (
			    (select t.to_account_id as other, t.valid_from, t.id from relationship_company_link t
			     where t.from_account_id = n.id and %1$s order by t.valid_from desc nulls last, t.id desc limit %2$d)
			    union all
			    (select t.from_account_id, t.valid_from, t.id from relationship_company_link t
			     where t.to_account_id = n.id and %1$s order by t.valid_from desc nulls last, t.id desc limit %2$d)
			    order by valid_from desc nulls last, id desc) e
			""".formatted(HOLDS, WINDOW);

	private static final String KEY_PEOPLE = """
			select n.id, e.contact_id from unnest(cast(? as bigint[])) as n(id) cross join lateral (
			    select t.contact_id from relationship_position t
			    where t.account_id = n.id and t.buying_role is not null and t.valid_from <= ?
			      and (t.valid_to is null or t.valid_to > ?)
			    order by case when t.buying_role in ('DECISION_MAKER', 'ECONOMIC_BUYER', 'CHAMPION') then 0 else 1 end,
			        t.valid_from desc, t.id desc limit %d) e
			""".formatted(WINDOW);

	private static final String EMPLOYERS = """
			select n.id, e.account_id from unnest(cast(? as bigint[])) as n(id) cross join lateral (
			    select t.account_id from relationship_position t
			    where t.contact_id = n.id and t.valid_from <= ? and (t.valid_to is null or t.valid_to > ?)
			    order by t.valid_from desc, t.id desc limit %d) e
			""".formatted(WINDOW);

	private static final String TIES = """
			select n.id, e.other from unnest(cast(? as bigint[])) as n(id) cross join lateral (
			    (select t.to_contact_id as other, t.strength, t.id from relationship_person_tie t
			     where t.from_contact_id = n.id and %1$s order by t.strength desc, t.id desc limit %2$d)
			    union all
			    (select t.from_contact_id, t.strength, t.id from relationship_person_tie t
			     where t.to_contact_id = n.id and %1$s order by t.strength desc, t.id desc limit %2$d)
			    order by strength desc, id desc) e
			""".formatted(HOLDS, WINDOW);

	private final DataSource pool;

	private final String scope;

	RawGraph(DataSource pool, String scope) {
		this.pool = pool;
		this.scope = scope;
	}

	/**
	 * The chart of one day: the account (if the user may read it), the positions held that day with the names
	 * of the people the user may read, and the account's departments.
	 */
	void orgChart(long accountId, LocalDate day) throws SQLException {
		try (Connection connection = pool.getConnection()) {
			consume(connection, "select name from customer_account where id = ? and owner_id in (" + scope + ")",
					accountId);
			consume(connection, """
					select p.id, p.contact_id, c.full_name, p.title, p.department_id, p.reports_to_contact_id,
					    p.buying_role, p.valid_from, p.valid_to, p.version
					from relationship_position p join customer_contact c on c.id = p.contact_id
					where p.account_id = ? and p.valid_from <= ? and (p.valid_to is null or p.valid_to > ?)
					  and c.owner_id in (%s)
					""".formatted(scope), accountId, day, day);
			consume(connection,
					"select id, parent_id, name, version from relationship_department where account_id = ? order by name",
					accountId);
		}
	}

	/**
	 * Two rings around the account, as the network view reads them: around a company its links and key people,
	 * around a person their companies and ties ({@value #WINDOW} candidates per node and direction), of which the
	 * first {@value #NEIGHBOURS} readable ones per node make the next ring.
	 */
	void network(long accountId, LocalDate day) throws SQLException {
		try (Connection connection = pool.getConnection()) {
			Set<Long> companies = Set.of(accountId);
			Set<Long> people = Set.of();
			for (int step = 1; step <= 2; step++) {
				Map<Long, List<Long>> nearCompanies = neighbours(connection, LINKS, companies, day);
				neighbours(connection, EMPLOYERS, people, day).forEach(nearCompanies::put);
				Map<Long, List<Long>> nearPeople = neighbours(connection, KEY_PEOPLE, companies, day);
				neighbours(connection, TIES, people, day).forEach(nearPeople::put);
				companies = nextRing(nearCompanies, readable(connection, "customer_account", "name", nearCompanies));
				people = nextRing(nearPeople, readable(connection, "customer_contact", "full_name", nearPeople));
			}
		}
	}

	/**
	 * The people within {@code maxHops - 1} ties of the target (the {@value #TIES_PER_PERSON} strongest ties of
	 * each, through people the user may read) in one recursive statement, and the users who know one of them,
	 * closest first: person ties only, where the application also walks colleagues and companies.
	 */
	void warmPaths(long targetId, int maxHops) throws SQLException {
		try (Connection connection = pool.getConnection()) {
			consume(connection, """
					with recursive near (contact_id, hops) as (
					    select cast(? as bigint), 0
					  union
					    select e.other, near.hops + 1 from near cross join lateral (
					        select b.other from (
					            (select t.to_contact_id as other, t.strength, t.id from relationship_person_tie t
					             where t.from_contact_id = near.contact_id order by t.strength desc, t.id desc limit %1$d)
					            union all
					            (select t.from_contact_id, t.strength, t.id from relationship_person_tie t
					             where t.to_contact_id = near.contact_id order by t.strength desc, t.id desc limit %1$d)
					        ) b order by b.strength desc, b.id desc limit %1$d) e
					    join customer_contact c on c.id = e.other and c.owner_id in (%2$s)
					    where near.hops < ?
					)
					select u.user_id, n.contact_id, min(n.hops) + 1 as hops, max(u.strength) as strength
					from near n join relationship_user_tie u on u.contact_id = n.contact_id
					group by u.user_id, n.contact_id order by hops, strength desc limit 5
					""".formatted(TIES_PER_PERSON, scope), targetId, maxHops - 1);
		}
	}

	/** Each node's candidates, in the statement's order. */
	private static Map<Long, List<Long>> neighbours(Connection connection, String sql, Set<Long> nodes, LocalDate day)
			throws SQLException {
		Map<Long, List<Long>> near = new LinkedHashMap<>();
		if (nodes.isEmpty()) {
			return near;
		}
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setArray(1, connection.createArrayOf("bigint", nodes.toArray()));
			long parameters = sql.chars().filter(c -> c == '?').count();
			for (int i = 2; i <= parameters; i++) {
				statement.setObject(i, day);
			}
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					near.computeIfAbsent(result.getLong(1), key -> new ArrayList<>()).add(result.getLong(2));
				}
			}
		}
		return near;
	}

	/** The candidates' names, of those the user may read. */
	private Set<Long> readable(Connection connection, String table, String name, Map<Long, List<Long>> near)
			throws SQLException {
		Set<Long> ids = new LinkedHashSet<>();
		near.values().forEach(ids::addAll);
		Set<Long> readable = new LinkedHashSet<>();
		if (ids.isEmpty()) {
			return readable;
		}
		try (PreparedStatement statement = connection.prepareStatement("select id, " + name + " from " + table
				+ " where id = any(cast(? as bigint[])) and owner_id in (" + scope + ")")) {
			statement.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					readable.add(result.getLong(1));
				}
			}
		}
		return readable;
	}

	private static Set<Long> nextRing(Map<Long, List<Long>> near, Set<Long> readable) {
		Set<Long> ring = new LinkedHashSet<>();
		for (List<Long> candidates : near.values()) {
			candidates.stream().filter(readable::contains).limit(NEIGHBOURS).forEach(ring::add);
		}
		return ring;
	}

	private static void consume(Connection connection, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					result.getObject(1);
				}
			}
		}
	}

}
