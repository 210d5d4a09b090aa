package io.guanxi.customer;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.guanxi.customer.CustomerHit.Match;
import io.guanxi.customer.search.SearchIndex;
import io.guanxi.customer.search.SearchIndex.Row;
import io.guanxi.platform.AccessScope;
import io.guanxi.platform.AccessService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One search box over accounts and contacts: name, phone in any format, e-mail, company;
 * Chinese substrings from two characters; typos in Latin names. Only records the caller
 * may see are found. Hits are ranked by {@link Match}: phone and e-mail first, then names
 * that start with the query, names that contain it, contacts of matching companies, and
 * last names close to it. Each kind of match is one bounded, index-served query; the next
 * kind is only asked while the hits do not fill the limit.
 */
@Service
@Transactional(readOnly = true)
public class CustomerSearch {

	/** The most hits one search returns. */
	public static final int MAX_LIMIT = 50;

	private final SearchIndex index;

	private final AccessService access;

	private final PhoneNumbers phoneNumbers;

	CustomerSearch(SearchIndex index, AccessService access, PhoneNumbers phoneNumbers) {
		this.index = index;
		this.access = access;
		this.phoneNumbers = phoneNumbers;
	}

	/**
	 * The best hits for what the user typed, at most {@code limit} (1 to
	 * {@value #MAX_LIMIT}); none for a blank query.
	 */
	public List<CustomerHit> search(String query, int limit) {
		String text = SearchTerms.normalize(query);
		if (text.isEmpty()) {
			return List.of();
		}
		int max = Math.max(1, Math.min(limit, MAX_LIMIT));
		AccessScope scope = access.scope();
		index.begin();
		Ranking ranking = new Ranking(max);
		if (text.contains("@")) {
			ranking.add(Match.EMAIL, index.emailPrefix(text, scope, max), row -> text.equals(row.email()));
			return ranking.hits();
		}
		if (SearchTerms.isPhone(text, SearchTerms.MIN_PHONE_DIGITS)) {
			String e164 = phoneNumbers.e164(text).orElse(null);
			String digits = PhoneNumbers.digits(e164 != null ? e164 : text);
			ranking.add(Match.PHONE, index.phoneEnding(digits, scope, max), row -> Objects.equals(e164, row.e164()));
			if (!ranking.isEmpty()) {
				// Digits that are a phone number are not looked for in names as well.
				return ranking.hits();
			}
		}
		List<SearchTerms.Token> tokens = SearchTerms.tokens(text);
		if (tokens.isEmpty()) {
			return ranking.hits();
		}
		ranking.addUnlessFull(Match.PREFIX, () -> index.namePrefix(text, scope, max));
		ranking.addUnlessFull(Match.SUBSTRING, () -> index.containing(tokens, scope, max));
		if (looksLikeEmailStart(text, tokens)) {
			ranking.addUnlessFull(Match.EMAIL, () -> index.emailPrefix(text, scope, max));
		}
		ranking.addUnlessFull(Match.COMPANY, () -> index.contactsOfCompanies(text, tokens, scope, max));
		if (tokens.stream().noneMatch(SearchTerms.Token::cjk) && text.length() >= 4) {
			ranking.addUnlessFull(Match.FUZZY, () -> index.similar(text, scope, max));
		}
		return ranking.hits();
	}

	/** The start of an address (wang.fang, sales-cn) may be typed without its @. */
	private static boolean looksLikeEmailStart(String text, List<SearchTerms.Token> tokens) {
		return text.length() >= 3 && !text.contains(" ") && tokens.stream().noneMatch(SearchTerms.Token::cjk);
	}

	/**
	 * Hits by kind of match, each record once (at its best match); within a kind exact
	 * matches first, then shorter names.
	 */
	private static final class Ranking {

		private final int limit;

		private final Map<String, Ranked> hits = new LinkedHashMap<>();

		Ranking(int limit) {
			this.limit = limit;
		}

		void add(Match match, List<Row> rows, Predicate<Row> exact) {
			for (Row row : rows) {
				hits.putIfAbsent(row.type() + ":" + row.id(), new Ranked(row, match, exact.test(row)));
			}
		}

		boolean isEmpty() {
			return hits.isEmpty();
		}

		void addUnlessFull(Match match, Supplier<List<Row>> rows) {
			if (hits.size() < limit) {
				add(match, rows.get(), row -> false);
			}
		}

		List<CustomerHit> hits() {
			return hits.values()
				.stream()
				.sorted(Comparator.comparing(Ranked::match)
					.thenComparing(ranked -> !ranked.exact())
					.thenComparingInt(ranked -> ranked.row().title().length())
					.thenComparing(ranked -> ranked.row().title()))
				.limit(limit)
				.map(Ranked::hit)
				.toList();
		}

	}

	private record Ranked(Row row, Match match, boolean exact) {

		CustomerHit hit() {
			boolean account = row.type() == CustomerHit.Type.ACCOUNT;
			String subtitle = Stream
				.of(account ? row.city() : row.company(), row.phone() != null ? row.phone() : row.email())
				.filter(Objects::nonNull)
				.collect(Collectors.joining(" · "));
			return new CustomerHit(row.type(), row.id(), row.title(), subtitle,
					(account ? "/accounts/" : "/contacts/") + row.id(), match);
		}

	}

}
