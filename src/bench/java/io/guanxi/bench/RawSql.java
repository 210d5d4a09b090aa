package io.guanxi.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

import com.zaxxer.hikari.HikariConfig;
import io.guanxi.customer.PhoneNumbers;
import io.guanxi.customer.SearchTerms;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The baseline: the query each operation needs, done directly over JDBC (a connection pool
 * of the size the application uses), so that the Guanxi/raw ratio shows what the application adds on top of the database.
 */
final class RawSql implements AutoCloseable {

	/** The entries on a timeline page the benchmark asks for. */
	static final int TIMELINE_PAGE = 20;

	private final String scope;

	private final HikariDataSource pool;

	private final RawGraph graph;

	RawSql(BenchDatabase database, List<Long> ownerScope) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(database.url());
		config.setUsername(database.user());
		config.setPassword(database.password());
		// The application's default pool size, so both sides have as many connections.
		config.setMaximumPoolSize(10);
		this.pool = new HikariDataSource(config);
		this.scope = ownerScope.stream().map(String::valueOf).collect(Collectors.joining(","));
		this.graph = new RawGraph(pool, scope);
	}

	/** The baselines of the sales reads, with the same pool, for another user and its scope. */
	RawSales sales(List<Long> scope, long user, long process) {
		return new RawSales(pool, scope, user, process);
	}

	/** The baselines of the relationship reads, with the same pool and scope. */
	RawGraph graph() {
		return graph;
	}

	void accountById(long id) throws SQLException {
		consume("""
				select a.id, a.name, a.owner_id, a.version, a.created_at, a.updated_at, u.display_name
				from customer_account a join platform_user u on u.id = a.owner_id where a.id = ?
				""", id);
	}

	void listPage(ListFilter filter) throws SQLException {
		String where = "owner_id in (" + scope + ") and " + filter.sql();
		Object[] parameters = filter.parameters().toArray();
		consume("select id, name, owner_id, updated_at from customer_account where " + where
				+ " order by name limit 25", parameters);
		consume("select count(*) from (select 1 from customer_account where " + where + " limit 10001) matching",
				parameters);
	}

	/**
	 * The one statement that answers a search box query: e-mail prefix, phone ending, CJK pairs, or trigram
	 * similarity for a Latin word with a typo; accounts and contacts, 10 of each.
	 */
	void search(String query) throws SQLException {
		String q = SearchTerms.normalize(query);
		String accounts;
		String contacts;
		Object parameter;
		if (q.contains("@")) {
			accounts = "a.email like ?";
			contacts = "c.email like ?";
			parameter = q + "%";
		}
		else if (SearchTerms.isPhone(q, SearchTerms.MIN_PHONE_DIGITS)) {
			String digits = PhoneNumbers.digits(q);
			digits = digits.length() == 11 ? "86" + digits : digits;
			accounts = "a.search_terms @> cast(? as text[]) and a.phone_e164 like ?";
			contacts = "c.search_terms @> cast(? as text[]) and c.mobile_e164 like ?";
			parameter = List.of(new String[] { SearchTerms.phoneTerm(digits) }, "%" + digits);
		}
		else if (SearchTerms.tokens(q).get(0).cjk()) {
			String pairs = "cast(? as text[])";
			accounts = "a.search_terms @> " + pairs + " and strpos(lower(a.name || ' ' || coalesce(a.legal_name, '')), ?) > 0";
			contacts = "c.search_terms @> " + pairs
					+ " and strpos(lower(c.full_name || ' ' || coalesce(c.alternate_name, '')), ?) > 0";
			parameter = List.of(SearchTerms.bigrams(q).toArray(String[]::new), q);
		}
		else {
			// Typo: the similar known words first, then the records with any of them.
			List<Object> words = new java.util.ArrayList<>();
			try (Connection connection = pool.getConnection();
					PreparedStatement statement = connection.prepareStatement(
							"select word from customer_search_word where word % ? order by similarity(word, ?) desc, word limit 5")) {
				statement.setString(1, q);
				statement.setString(2, q);
				try (ResultSet result = statement.executeQuery()) {
					while (result.next()) {
						words.add(result.getString(1));
					}
				}
			}
			accounts = "a.search_terms && cast(? as text[])";
			contacts = "c.search_terms && cast(? as text[])";
			parameter = words.toArray(String[]::new);
		}
		String sql = "(select a.id, a.name from customer_account a where a.owner_id in (" + scope + ") and "
				+ accounts + " limit 10) union all (select c.id, c.full_name from customer_contact c where c.owner_id in ("
				+ scope + ") and " + contacts + " limit 10)";
		List<?> single = parameter instanceof List<?> list ? list : List.of(parameter);
		List<Object> parameters = new java.util.ArrayList<>(single);
		parameters.addAll(single);
		consume(sql, parameters.toArray());
	}

	/**
	 * The first page of an account's timeline as the application reads it (keyset order, newest first, one
	 * entry more than the page to know whether another follows) for an account in the scope, with the author's
	 * and the participating contacts' names.
	 */
	void timeline(long accountId) throws SQLException {
		consume("""
				select p.*, u.display_name,
				    array(select c.full_name from customer_interaction_contact ic
				        join customer_contact c on c.id = ic.contact_id where ic.interaction_id = p.id) as contacts
				from (select i.id, i.account_id, i.channel, i.direction, i.subject, i.body, i.outcome, i.occurred_at,
				          i.duration_minutes, i.source, i.link, i.author_id, i.version
				      from customer_interaction i join customer_account a on a.id = i.account_id
				      where i.account_id = ? and a.owner_id in (%s)
				      order by i.occurred_at desc, i.id desc limit ?) p
				left join platform_user u on u.id = p.author_id
				order by p.occurred_at desc, p.id desc
				""".formatted(scope), accountId, TIMELINE_PAGE + 1);
	}

	private void consume(String sql, Object... parameters) throws SQLException {
		try (Connection connection = pool.getConnection();
				PreparedStatement statement = connection.prepareStatement(sql)) {
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

	@Override
	public void close() {
		pool.close();
	}

}
