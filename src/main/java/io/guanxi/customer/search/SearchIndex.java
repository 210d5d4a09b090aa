package io.guanxi.customer.search;

import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import javax.sql.DataSource;

import io.guanxi.customer.CustomerHit;
import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.customer.SearchTerms;
import io.guanxi.customer.SqlCondition;
import io.guanxi.customer.SearchTerms.Token;
import io.guanxi.platform.AccessScope;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * The SQL behind {@link io.guanxi.customer.CustomerSearch}: one statement per kind of
 * match over accounts and contacts together, each side limited and filtered by the
 * caller's access scope. On PostgreSQL every statement is served by an index of the
 * {@code V20261123_1500} migration (GIN on {@code search_terms}, trigram GIN on the
 * names, {@code text_pattern_ops} for prefixes); H2 answers the same questions without
 * those indexes, and with Jaro-Winkler over a bounded candidate set for typos.
 */
@Component
public class SearchIndex {

	private static final String ESCAPE = " escape '\\'";

	/** How many candidates H2 compares for typos. */
	private static final int FUZZY_CANDIDATES = 200;

	private static final double FUZZY_SIMILARITY = 0.85;

	/** Corrections looked at per word of the query. */
	private static final int CORRECTIONS = 5;

	private static final String CONTACT_COLUMNS = """
			select 'CONTACT' as kind, c.id, c.full_name as title, c.city, coalesce(c.mobile, c.phone) as phone,
			  coalesce(c.mobile_e164, c.phone_e164) as e164, c.email,
			""";

	private static final String ACCOUNT_SELECT = """
			select 'ACCOUNT' as kind, a.id, a.name as title, a.city, a.phone, a.phone_e164 as e164, a.email,
			  cast(null as varchar(200)) as company
			from customer_account a
			""";

	private static final String CONTACT_SELECT = CONTACT_COLUMNS + """
			  (select a.name from customer_account_contact ac join customer_account a on a.id = ac.account_id
			   where ac.contact_id = c.id order by ac.is_primary desc, ac.account_id limit 1) as company
			from customer_contact c
			""";

	private static final String CONTACT_OF_COMPANY_SELECT = CONTACT_COLUMNS + """
			  a.name as company
			from customer_account a
			join customer_account_contact ac on ac.account_id = a.id
			join customer_contact c on c.id = ac.contact_id
			""";

	private final JdbcClient jdbc;

	private final boolean postgres;

	SearchIndex(JdbcClient jdbc, DataSource dataSource) throws MetaDataAccessException {
		this.jdbc = jdbc;
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		this.postgres = product.toLowerCase(Locale.ROOT).contains("postgres");
	}

	/**
	 * Prepares the caller's transaction for the statements of one search: on PostgreSQL
	 * every statement is planned for its actual values. A generic plan (which the JDBC
	 * driver's server-side prepared statements get after five runs) cannot tell a rare
	 * phone ending from a common pair of characters and intersects every statement with
	 * the whole access scope of a manager (20 ms instead of 1 ms at 100,000 accounts).
	 */
	public void begin() {
		if (postgres) {
			jdbc.sql("select set_config('plan_cache_mode', 'force_custom_plan', true)").query(String.class).single();
		}
	}

	/** Records whose e-mail starts with the text. */
	public List<Row> emailPrefix(String text, AccessScope scope, int limit) {
		Query query = new Query(scope, limit);
		String prefix = query.param(escapeLike(text) + "%");
		return query.both("a.email like " + prefix + ESCAPE, "c.email like " + prefix + ESCAPE);
	}

	/**
	 * Records with a phone number ending in these digits (all of a number in E.164): the
	 * candidates of the indexed ending, checked for the whole one.
	 */
	public List<Row> phoneEnding(String digits, AccessScope scope, int limit) {
		Query query = new Query(scope, limit);
		List<String> term = List.of(SearchTerms.phoneTerm(digits));
		String ending = query.param("%" + digits);
		return query.both(query.hasTerms(Target.ACCOUNT, term) + " and " + endsWith(ending, "a.phone"),
				query.hasTerms(Target.CONTACT, term) + " and ("
						+ String.join(" or ", endsWith(ending, "c.mobile"), endsWith(ending, "c.phone")) + ")");
	}

	/** Whether the number, as typed or in E.164, ends in the digits of the pattern. */
	private String endsWith(String pattern, String column) {
		String digitsOnly = postgres ? "regexp_replace(" + column + ", '[^0-9]', '', 'g')"
				: "regexp_replace(" + column + ", '[^0-9]', '')";
		return "(" + column + "_e164 like " + pattern + " or " + digitsOnly + " like " + pattern + ")";
	}

	/** Records whose name starts with the (normalised) text. */
	public List<Row> namePrefix(String text, AccessScope scope, int limit) {
		Query query = new Query(scope, limit);
		String prefix = query.param(escapeLike(text) + "%");
		return query.both(prefixCondition(Target.ACCOUNT, prefix), prefixCondition(Target.CONTACT, prefix));
	}

	/**
	 * Records whose names contain every word of the query; none when no word can use an
	 * index (a query of single Chinese characters).
	 */
	public List<Row> containing(List<Token> tokens, AccessScope scope, int limit) {
		Query query = new Query(scope, limit);
		String accounts = query.contains(Target.ACCOUNT, tokens);
		String contacts = query.contains(Target.CONTACT, tokens);
		return accounts == null || contacts == null ? List.of() : query.both(accounts, contacts);
	}

	/**
	 * For lists: records whose names contain every word of the text, found the way the
	 * search box finds them (Chinese words through their character pairs, other words of
	 * three letters or more through the trigram index on PostgreSQL). The subject's table
	 * must be called {@code a} (accounts) or {@code c} (contacts).
	 */
	public SqlCondition namesContain(Subject subject, String text) {
		Query query = new Query();
		Target target = subject == Subject.ACCOUNT ? Target.ACCOUNT : Target.CONTACT;
		List<Token> tokens = SearchTerms.tokens(text);
		if (tokens.isEmpty()) {
			return new SqlCondition(
					target.names + " like " + query.param("%" + escapeLike(SearchTerms.normalize(text)) + "%") + ESCAPE,
					query.parameters);
		}
		return new SqlCondition(query.contains(target, tokens, false), query.parameters);
	}

	/**
	 * Contacts of the accounts whose names contain the query (or start with it, when it
	 * has only single Chinese characters), with that account as their company. Both the
	 * account and the contact must be visible to the caller: that keeps the walk from
	 * companies to their people within the caller's own records.
	 */
	public List<Row> contactsOfCompanies(String text, List<Token> tokens, AccessScope scope, int limit) {
		Query query = new Query(scope, limit);
		String accounts = query.contains(Target.ACCOUNT, tokens);
		if (accounts == null) {
			accounts = prefixCondition(Target.ACCOUNT, query.param(escapeLike(text) + "%"));
		}
		return query.list(CONTACT_OF_COMPANY_SELECT + " where " + accounts + " and " + query.scope("a.owner_id")
				+ " and " + query.scope("c.owner_id") + " limit :limit");
	}

	/**
	 * Records with a name close to the text: typos in Latin names. On PostgreSQL each
	 * word of four letters or more is replaced by the known words most similar to it
	 * (pg_trgm over {@code customer_search_word}, migration {@code V20261123_1510}), and
	 * records with any of them are found through {@code search_terms}.
	 */
	public List<Row> similar(String text, AccessScope scope, int limit) {
		if (!postgres) {
			return similarOnH2(text, scope);
		}
		Query query = new Query(scope, limit);
		List<String> accounts = new ArrayList<>();
		List<String> contacts = new ArrayList<>();
		boolean corrected = false;
		for (Token token : SearchTerms.tokens(text)) {
			if (token.cjk() || !token.text().matches("[a-z]{4,40}")) {
				String exact = query.contains(Target.ACCOUNT, List.of(token));
				accounts.add(exact == null ? "1 = 1" : exact);
				String exactContact = query.contains(Target.CONTACT, List.of(token));
				contacts.add(exactContact == null ? "1 = 1" : exactContact);
				continue;
			}
			List<String> words = jdbc.sql("""
					select word from customer_search_word where word % :word
					order by similarity(word, :word) desc, word limit :corrections
					""").param("word", token.text()).param("corrections", CORRECTIONS).query(String.class).list();
			if (words.isEmpty()) {
				return List.of();
			}
			corrected = true;
			String any = "cast(" + query.param(words.toArray(String[]::new)) + " as text[])";
			accounts.add("a.search_terms && " + any);
			contacts.add("c.search_terms && " + any);
		}
		return corrected ? query.both(String.join(" and ", accounts), String.join(" and ", contacts)) : List.of();
	}

	/**
	 * H2 has no trigrams: rows with a word that starts like a word of the query are
	 * compared with Jaro-Winkler.
	 */
	private List<Row> similarOnH2(String text, AccessScope scope) {
		Query query = new Query(scope, FUZZY_CANDIDATES);
		List<String> words = SearchTerms.tokens(text).stream().map(Token::text).filter(w -> w.length() >= 3).toList();
		if (words.isEmpty()) {
			return List.of();
		}
		List<String> accounts = new ArrayList<>();
		List<String> contacts = new ArrayList<>();
		for (String word : words) {
			String start = query.param(escapeLike(word.substring(0, 2)) + "%");
			String inside = query.param("% " + escapeLike(word.substring(0, 2)) + "%");
			accounts.add(Target.ACCOUNT.names + " like " + start + ESCAPE);
			accounts.add(Target.ACCOUNT.names + " like " + inside + ESCAPE);
			contacts.add(Target.CONTACT.names + " like " + start + ESCAPE);
			contacts.add(Target.CONTACT.names + " like " + inside + ESCAPE);
		}
		JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();
		return query.both("(" + String.join(" or ", accounts) + ")", "(" + String.join(" or ", contacts) + ")")
			.stream()
			.filter(row -> words.stream()
				.allMatch(word -> SearchTerms.tokens(row.title())
					.stream()
					.anyMatch(token -> similarity.apply(word, token.text()) >= FUZZY_SIMILARITY)))
			.toList();
	}

	private static String prefixCondition(Target target, String prefix) {
		return "lower(" + target.name + ") like " + prefix + ESCAPE;
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/** A found record, with what its hit line shows. */
	public record Row(CustomerHit.Type type, long id, String title, @Nullable String city, @Nullable String phone,
			@Nullable String e164, @Nullable String email, @Nullable String company) {
	}

	/**
	 * Accounts ({@code a}) and contacts ({@code c}): the name column, and the names a
	 * record is known by in lower case, written exactly as the trigram indexes are.
	 */
	private enum Target {

		ACCOUNT("a", "a.name", "lower(a.name || ' ' || coalesce(a.legal_name, ''))"),
		CONTACT("c", "c.full_name", "lower(c.full_name || ' ' || coalesce(c.alternate_name, ''))");

		final String alias;

		final String name;

		final String names;

		Target(String alias, String name, String names) {
			this.alias = alias;
			this.name = name;
			this.names = names;
		}

	}

	/** One statement being written: its parameters, the scope and the limit. */
	private final class Query {

		private final @Nullable AccessScope scope;

		private final Map<String, Object> parameters = new HashMap<>();

		Query(AccessScope scope, int limit) {
			this.scope = scope;
			parameters.putAll(scope.ownerParameters());
			parameters.put("limit", limit);
		}

		/** For a condition that a caller adds to a statement of its own. */
		Query() {
			this.scope = null;
		}

		String param(Object value) {
			String name = SqlCondition.parameterName("search");
			parameters.put(name, value);
			return ":" + name;
		}

		String scope(String ownerColumn) {
			return Objects.requireNonNull(scope).ownerCondition(ownerColumn);
		}

		/**
		 * Every word must be in the names: CJK words through their character pairs in
		 * {@code search_terms} (then checked for order without an index), other words of
		 * three letters or more through the trigram index, shorter ones as whole words.
		 */
		@Nullable String contains(Target target, List<Token> tokens) {
			return contains(target, tokens, true);
		}

		/**
		 * The words' conditions; {@code null} if {@code indexOnly} and no word can use an
		 * index.
		 */
		@Nullable String contains(Target target, List<Token> tokens, boolean indexOnly) {
			List<String> conditions = new ArrayList<>();
			boolean indexed = false;
			for (Token token : tokens) {
				if (token.cjk()) {
					if (token.length() >= 2) {
						conditions.add(hasTerms(target, SearchTerms.bigrams(token.text())));
						indexed = true;
					}
					String text = param(token.text());
					conditions.add(postgres ? "strpos(" + target.names + ", " + text + ") > 0"
							: "locate(" + text + ", " + target.names + ") > 0");
				}
				else if (token.length() >= 3) {
					conditions.add(target.names + " like " + param("%" + escapeLike(token.text()) + "%") + ESCAPE);
					indexed = true;
				}
				else {
					conditions.add(hasTerms(target, List.of(token.text())));
					indexed = true;
				}
			}
			return indexed || !indexOnly ? String.join(" and ", conditions) : null;
		}

		String hasTerms(Target target, List<String> terms) {
			if (postgres) {
				return target.alias + ".search_terms @> cast(" + param(terms.toArray(String[]::new)) + " as text[])";
			}
			return String.join(" and ",
					terms.stream()
						.map(term -> "array_contains(" + target.alias + ".search_terms, " + param(term) + ")")
						.toList());
		}

		List<Row> both(String accounts, String contacts) {
			return list("(" + ACCOUNT_SELECT + " where " + accounts + " and " + scope("a.owner_id")
					+ " limit :limit) union all (" + CONTACT_SELECT + " where " + contacts + " and "
					+ scope("c.owner_id") + " limit :limit)");
		}

		List<Row> list(String sql) {
			return jdbc.sql(sql)
				.params(parameters)
				.query((rs, n) -> new Row(CustomerHit.Type.valueOf(rs.getString("kind")), rs.getLong("id"),
						rs.getString("title"), rs.getString("city"), rs.getString("phone"), rs.getString("e164"),
						rs.getString("email"), rs.getString("company")))
				.list();
		}

	}

}
