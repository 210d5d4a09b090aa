package io.guanxi.relationship.internal;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * The ties around many people and companies at once, for graph walks: one statement per
 * kind of tie and batch of nodes, never one per node. Every method that can meet a hub
 * takes at most {@code cap} ties per node, the strongest or most recent first; on
 * PostgreSQL a lateral subquery reads only those from the index (a person with 20,000
 * ties costs {@code cap} index entries), on H2, which has no lateral joins, a window
 * function numbers them.
 */
@Component
public class TieGraphQueries {

	private static final int BATCH = 1_000;

	private final JdbcClient jdbc;

	private final boolean postgres;

	TieGraphQueries(JdbcClient jdbc, DataSource dataSource) throws MetaDataAccessException {
		this.jdbc = jdbc;
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		this.postgres = product.toLowerCase(Locale.ROOT).contains("postgres");
	}

	/** Person ties valid on {@code day}, both ways, at most {@code cap} per contact. */
	public List<PersonTieRow> personTies(Collection<Long> contactIds, LocalDate day, int cap) {
		String sql = postgres ? TieGraphSql.PERSON_TIES_LATERAL : TieGraphSql.PERSON_TIES_WINDOW;
		return query(sql, contactIds, day, cap, (rs, n) -> new PersonTieRow(rs.getLong("node"), rs.getLong("other"),
				rs.getString("kind"), rs.getInt("strength"), rs.getBoolean("outgoing"), rs.getLong("id")));
	}

	/** The positions held on {@code day} by the contacts (a person holds few). */
	public List<Post> positionsOf(Collection<Long> contactIds, LocalDate day) {
		List<Post> posts = new ArrayList<>();
		for (List<Long> batch : batches(contactIds)) {
			posts.addAll(jdbc.sql(TieGraphSql.POSITIONS_OF)
				.param("ids", batch)
				.param("day", day)
				.query(TieGraphQueries::post)
				.list());
		}
		return posts;
	}

	/**
	 * The people holding a position at each account on {@code day}, at most {@code cap}
	 * per account, the most recent first.
	 */
	public List<Post> employees(Collection<Long> accountIds, LocalDate day, int cap) {
		String sql = postgres ? TieGraphSql.EMPLOYEES_LATERAL : TieGraphSql.EMPLOYEES_WINDOW;
		return query(sql, accountIds, day, cap, TieGraphQueries::post);
	}

	/**
	 * Company links valid on {@code day}, both ways, at most {@code cap} per account, the
	 * most recent first. Competitors are left out: a rival is no way in.
	 */
	public List<CompanyLinkRow> companyLinks(Collection<Long> accountIds, LocalDate day, int cap) {
		String sql = postgres ? TieGraphSql.COMPANY_LINKS_LATERAL : TieGraphSql.COMPANY_LINKS_WINDOW;
		return query(sql, accountIds, day, cap,
				(rs, n) -> new CompanyLinkRow(rs.getLong("node"), rs.getLong("other"), rs.getString("kind"),
						rs.getBoolean("outgoing"), rs.getObject("valid_from", LocalDate.class), rs.getLong("id")));
	}

	/** The recorded ties of our users to the contacts. */
	public List<UserTieRow> userTies(Collection<Long> contactIds) {
		List<UserTieRow> rows = new ArrayList<>();
		for (List<Long> batch : batches(contactIds)) {
			rows.addAll(jdbc
				.sql("select user_id, contact_id, strength from relationship_user_tie where contact_id in (:ids)")
				.param("ids", batch)
				.query((rs, n) -> new UserTieRow(rs.getLong(1), rs.getLong(2), rs.getInt(3)))
				.list());
		}
		return rows;
	}

	private <T> List<T> query(String sql, Collection<Long> ids, LocalDate day, int cap, RowMapper<T> mapper) {
		List<T> rows = new ArrayList<>();
		for (List<Long> batch : batches(ids)) {
			// PostgreSQL unnests one text parameter; H2 reads an expanded in-list
			Object idsParameter = postgres ? batch.stream().map(String::valueOf).collect(Collectors.joining(","))
					: batch;
			rows.addAll(
					jdbc.sql(sql).param("ids", idsParameter).param("day", day).param("cap", cap).query(mapper).list());
		}
		return rows;
	}

	private static Post post(ResultSet rs, int row) throws SQLException {
		return new Post(rs.getLong("contact_id"), rs.getLong("account_id"), rs.getObject("valid_from", LocalDate.class),
				rs.getLong("id"));
	}

	private static List<List<Long>> batches(Collection<Long> ids) {
		List<Long> distinct = ids.stream().distinct().toList();
		List<List<Long>> batches = new ArrayList<>();
		for (int from = 0; from < distinct.size(); from += BATCH) {
			batches.add(distinct.subList(from, Math.min(distinct.size(), from + BATCH)));
		}
		return batches;
	}

	/** A tie seen from {@code node}: {@code outgoing} when node is its from side. */
	public record PersonTieRow(long node, long other, String kind, int strength, boolean outgoing, long id) {

	}

	/** A position held by a contact at an account; {@code id} is the position's. */
	public record Post(long contactId, long accountId, LocalDate validFrom, long id) {

	}

	/**
	 * A company link seen from {@code node}: {@code outgoing} when node is its from side.
	 */
	public record CompanyLinkRow(long node, long other, String kind, boolean outgoing, @Nullable LocalDate validFrom,
			long id) {

	}

	public record UserTieRow(long userId, long contactId, int strength) {

	}

}
