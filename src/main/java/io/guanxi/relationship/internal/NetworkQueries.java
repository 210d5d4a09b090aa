package io.guanxi.relationship.internal;

import java.math.BigDecimal;
import java.sql.DatabaseMetaData;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * The relations around many nodes at once, for the network view: each statement takes a
 * whole ring of nodes and answers at most {@code window} relations per node and per
 * direction, strongest or most recent first, that hold on a day. On PostgreSQL a lateral
 * join reads only those rows through the from and to indexes, so a hub's thousands of
 * ties are never read; H2 (small data) numbers each node's rows instead.
 */
@Component
public class NetworkQueries {

	private static final String HOLDS_ON_DAY = "(valid_from is null or valid_from <= :day) "
			+ "and (valid_to is null or valid_to > :day)";

	private static final String KEY_ROLES_FIRST = "case when buying_role in "
			+ "('DECISION_MAKER', 'ECONOMIC_BUYER', 'CHAMPION') then 0 else 1 end";

	private final JdbcClient jdbc;

	private final boolean postgres;

	NetworkQueries(JdbcClient jdbc, DataSource dataSource) throws MetaDataAccessException {
		this.jdbc = jdbc;
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		this.postgres = product.toLowerCase(Locale.ROOT).contains("postgres");
	}

	/** Company links of the accounts, both ways, of the given kinds; newest first. */
	public List<LinkRow> links(Collection<Long> accountIds, Collection<String> kinds, LocalDate day, int window) {
		if (accountIds.isEmpty() || kinds.isEmpty()) {
			return List.of();
		}
		String sql = topPerNode(List.of("from_account_id", "to_account_id"),
				"id, from_account_id, to_account_id, kind, share_percent, valid_from, valid_to",
				"relationship_company_link", "kind in (:kinds) and " + HOLDS_ON_DAY,
				"valid_from desc nulls last, id desc");
		return query(sql, accountIds, day, window).param("kinds", kinds)
			.query((rs, n) -> new LinkRow(rs.getLong("node"), rs.getLong("id"), rs.getLong("from_account_id"),
					rs.getLong("to_account_id"), rs.getString("kind"), rs.getBigDecimal("share_percent"),
					date(rs, "valid_from"), date(rs, "valid_to")))
			.list();
	}

	/**
	 * The key people of the accounts: positions with a buying role held on the day,
	 * decision makers, economic buyers and champions first, then the newest.
	 */
	public List<PositionRow> keyPeople(Collection<Long> accountIds, LocalDate day, int window) {
		return positions("account_id", accountIds, "buying_role is not null and ",
				KEY_ROLES_FIRST + ", valid_from desc, id desc", day, window);
	}

	/** The positions the people hold on the day, newest first. */
	public List<PositionRow> positionsOf(Collection<Long> contactIds, LocalDate day, int window) {
		return positions("contact_id", contactIds, "", "valid_from desc, id desc", day, window);
	}

	/** Ties of the people, both ways, of the given kinds; strongest first. */
	public List<TieRow> ties(Collection<Long> contactIds, Collection<String> kinds, LocalDate day, int window) {
		if (contactIds.isEmpty() || kinds.isEmpty()) {
			return List.of();
		}
		String sql = topPerNode(List.of("from_contact_id", "to_contact_id"),
				"id, from_contact_id, to_contact_id, kind, strength, valid_from, valid_to", "relationship_person_tie",
				"kind in (:kinds) and " + HOLDS_ON_DAY, "strength desc, id desc");
		return query(sql, contactIds, day, window).param("kinds", kinds)
			.query((rs, n) -> new TieRow(rs.getLong("node"), rs.getLong("id"), rs.getLong("from_contact_id"),
					rs.getLong("to_contact_id"), rs.getString("kind"), rs.getInt("strength"), date(rs, "valid_from"),
					date(rs, "valid_to")))
			.list();
	}

	private List<PositionRow> positions(String nodeColumn, Collection<Long> ids, String condition, String order,
			LocalDate day, int window) {
		if (ids.isEmpty()) {
			return List.of();
		}
		String sql = topPerNode(List.of(nodeColumn),
				"id, contact_id, account_id, title, buying_role, valid_from, valid_to", "relationship_position",
				condition + "valid_from <= :day and (valid_to is null or valid_to > :day)", order);
		return query(sql, ids, day, window)
			.query((rs, n) -> new PositionRow(rs.getLong("node"), rs.getLong("id"), rs.getLong("contact_id"),
					rs.getLong("account_id"), rs.getString("title"), rs.getString("buying_role"),
					date(rs, "valid_from"), date(rs, "valid_to")))
			.list();
	}

	/**
	 * A statement answering, for each node id, its first {@code :window} rows of the
	 * table (by {@code order}) where one of {@code nodeColumns} is the node, with the
	 * node as column {@code node}.
	 */
	private String topPerNode(List<String> nodeColumns, String columns, String table, String condition, String order) {
		if (postgres) {
			return "select n.id as node, t.* from unnest(cast(:ids as bigint[])) as n(id) cross join lateral ("
					+ nodeColumns.stream()
						.map(column -> "(select " + columns + " from " + table + " where " + column + " = n.id and "
								+ condition + " order by " + order + " limit :window)")
						.collect(Collectors.joining(" union all "))
					+ ") t";
		}
		return "select * from (" + nodeColumns.stream()
			.map(column -> "select " + column + " as node, " + columns + ", row_number() over (partition by " + column
					+ " order by " + order + ") as rn from " + table + " where " + column + " in (:ids) and "
					+ condition)
			.collect(Collectors.joining(" union all ")) + ") t where rn <= :window";
	}

	private JdbcClient.StatementSpec query(String sql, Collection<Long> ids, LocalDate day, int window) {
		Object idParameter = postgres
				? ids.stream().distinct().map(String::valueOf).collect(Collectors.joining(",", "{", "}"))
				: List.copyOf(ids);
		return jdbc.sql(sql).param("ids", idParameter).param("day", day).param("window", window);
	}

	private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

	/** A company link found around {@code node}. */
	public record LinkRow(long node, long id, long fromAccountId, long toAccountId, String kind,
			@Nullable BigDecimal sharePercent, @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {

		public long other() {
			return node == fromAccountId ? toAccountId : fromAccountId;
		}

	}

	/** A position found around {@code node} (an account or a contact). */
	public record PositionRow(long node, long id, long contactId, long accountId, String title,
			@Nullable String buyingRole, @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {

	}

	/** A person tie found around {@code node}. */
	public record TieRow(long node, long id, long fromContactId, long toContactId, String kind, int strength,
			@Nullable LocalDate validFrom, @Nullable LocalDate validTo) {

		public long other() {
			return node == fromContactId ? toContactId : fromContactId;
		}

	}

}
