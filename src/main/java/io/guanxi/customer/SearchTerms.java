package io.guanxi.customer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The words a customer record is found by, computed when the record is written and stored
 * in its {@code search_terms} column (a {@code text[]} with a GIN index on PostgreSQL),
 * because a trigram index cannot answer a two-character Chinese query such as 华为.
 * <ul>
 * <li>Chinese, Japanese and Korean text: every pair of neighbouring characters (华为技术 →
 * 华为, 为技, 技术); a query's pairs must all be there.</li>
 * <li>Latin letters and digits: each lower-cased word (Siemens Ltd. → siemens, ltd).</li>
 * <li>Phone numbers (texts of digits and {@code + - ( ) .} with at least 7 digits): the
 * last 4 and the last 7 digits, marked with {@code #} (+86 138 0013 8000 → #8000,
 * #0138000). A number typed in any format, or its last digits, finds its candidates
 * through one of the two, and the search checks the whole ending on those few rows. Two
 * terms instead of every ending keep the index small and an import fast.</li>
 * </ul>
 * Whoever writes a record calls {@link #of(String...)} with every searchable text of the
 * record, for a contact for example
 * {@code SearchTerms.of(fullName, alternateName, mobile, mobileE164, phone, phoneE164)}.
 */
public final class SearchTerms {

	/** A record keeps at most this many terms, so that a long legal name stays cheap. */
	public static final int MAX_TERMS = 200;

	/** Marks a phone number ending among the terms. */
	public static final String PHONE_MARK = "#";

	/** Phone endings shorter than this would match too much. */
	public static final int MIN_PHONE_DIGITS = 4;

	/** The longer of the two phone endings a record is indexed by. */
	public static final int LONG_PHONE_ENDING = 7;

	private static final int MAX_WORD_LENGTH = 40;

	private static final Pattern BLANKS = Pattern.compile("\\s+");

	private static final Pattern PHONE = Pattern.compile("\\+?[\\d\\s().\\-]+");

	private static final Pattern TOKEN = Pattern.compile("(\\p{IsIdeographic}|\\p{IsHiragana}|\\p{IsKatakana}"
			+ "|\\p{IsHangul})+|[\\p{L}\\p{N}&&[^\\p{IsIdeographic}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]]+");

	private SearchTerms() {
	}

	/**
	 * The terms of a record's texts (nulls and blanks are skipped), sorted and without
	 * duplicates; a new array on each call, ready for a {@code text[]} column.
	 */
	public static String[] of(@Nullable String... texts) {
		Set<String> terms = new LinkedHashSet<>();
		for (String text : texts) {
			if (text == null || text.isBlank()) {
				continue;
			}
			if (isPhone(text)) {
				String digits = PhoneNumbers.digits(text);
				terms.add(phoneTerm(digits));
				terms.add(phoneTerm(digits.substring(digits.length() - MIN_PHONE_DIGITS)));
				continue;
			}
			for (Token token : tokens(text)) {
				if (token.cjk()) {
					terms.addAll(bigrams(token.text()));
				}
				else if (token.text().length() <= MAX_WORD_LENGTH) {
					terms.add(token.text());
				}
			}
		}
		return terms.stream().sorted().limit(MAX_TERMS).toArray(String[]::new);
	}

	/**
	 * The term that finds the records with a number ending in these digits (at least
	 * {@value #MIN_PHONE_DIGITS}): the longest of the indexed endings that the digits
	 * contain. The records it finds may end differently before it; the caller checks.
	 */
	public static String phoneTerm(String digits) {
		int length = digits.length() >= LONG_PHONE_ENDING ? LONG_PHONE_ENDING : MIN_PHONE_DIGITS;
		return PHONE_MARK + digits.substring(digits.length() - length);
	}

	/**
	 * Whether a text is a phone number (or the end of one): only digits and phone
	 * punctuation, with at least 7 digits in a record or 4 in a query.
	 */
	public static boolean isPhone(String text, int minDigits) {
		return PHONE.matcher(text.strip()).matches() && PhoneNumbers.digits(text).length() >= minDigits;
	}

	static boolean isPhone(String text) {
		return isPhone(text, 7);
	}

	/**
	 * A text as search compares it: compatibility forms folded (full-width Ｓ → S),
	 * lower-cased, blanks collapsed.
	 */
	public static String normalize(String text) {
		String stripped = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
		return BLANKS.matcher(stripped).replaceAll(" ");
	}

	/**
	 * The words of a text in order: runs of CJK characters, and runs of other letters and
	 * digits, normalised.
	 */
	public static List<Token> tokens(String text) {
		List<Token> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(normalize(text));
		while (matcher.find()) {
			String token = matcher.group();
			tokens.add(new Token(token, isCjk(token.codePointAt(0))));
		}
		return tokens;
	}

	/** Neighbouring pairs of a CJK run; a single character has none. */
	public static List<String> bigrams(String cjk) {
		int[] points = cjk.codePoints().toArray();
		List<String> pairs = new ArrayList<>();
		for (int i = 0; i + 1 < points.length; i++) {
			pairs.add(new String(points, i, 2));
		}
		return pairs;
	}

	private static boolean isCjk(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
	}

	/**
	 * One word of a text.
	 *
	 * @param cjk whether it is a run of Chinese, Japanese or Korean characters
	 */
	public record Token(String text, boolean cjk) {

		/** Its length in characters (code points), not in UTF-16 units. */
		public int length() {
			return text.codePointCount(0, text.length());
		}

	}

}
