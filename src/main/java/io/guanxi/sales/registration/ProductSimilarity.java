package io.guanxi.sales.registration;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * When two registrations claim a similar product. Names are compared without case,
 * spaces, punctuation and the difference between full- and half-width characters; two
 * names are similar when they are equal or one contains the other and the shorter has at
 * least four characters (two when it is Chinese: {@code 云服务器} and {@code 云服务器 ECS},
 * {@code ERP Cloud} and {@code erp-cloud suite}). Registrations conflict on the product
 * when they name the same product line, or when any of their product and product line
 * names are similar to one of the other's.
 */
final class ProductSimilarity {

	private static final int MIN_LATIN = 4;

	private static final int MIN_CHINESE = 2;

	private ProductSimilarity() {
	}

	static boolean sameLine(@Nullable String line, @Nullable String otherLine) {
		String a = normal(line);
		return !a.isEmpty() && a.equals(normal(otherLine));
	}

	static boolean similar(@Nullable String product, @Nullable String line, @Nullable String otherProduct,
			@Nullable String otherLine) {
		return Stream.of(product, line)
			.filter(Objects::nonNull)
			.anyMatch(name -> Stream.of(otherProduct, otherLine)
				.filter(Objects::nonNull)
				.anyMatch(other -> similarNames(name, other)));
	}

	static boolean similarNames(String name, String other) {
		String a = normal(name);
		String b = normal(other);
		if (a.isEmpty() || b.isEmpty()) {
			return false;
		}
		String shorter = a.length() <= b.length() ? a : b;
		String longer = shorter == a ? b : a;
		int needed = shorter.codePoints().anyMatch(ProductSimilarity::han) ? MIN_CHINESE : MIN_LATIN;
		return a.equals(b) || (shorter.codePointCount(0, shorter.length()) >= needed && longer.contains(shorter));
	}

	static String normal(@Nullable String name) {
		if (name == null) {
			return "";
		}
		StringBuilder kept = new StringBuilder();
		Normalizer.normalize(name, Normalizer.Form.NFKC)
			.toLowerCase(Locale.ROOT)
			.codePoints()
			.filter(Character::isLetterOrDigit)
			.forEach(kept::appendCodePoint);
		return kept.toString();
	}

	private static boolean han(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
	}

}
