package io.guanxi.customer.contact;

import org.jspecify.annotations.Nullable;

/**
 * How people write a name from its parts. Chinese, Japanese and Korean names put the
 * family name first with no space (张 + 伟 → 张伟); Western names put the given name first
 * ("Emily Chen").
 */
final class PersonNames {

	private PersonNames() {
	}

	static String fullName(@Nullable String familyName, @Nullable String givenName) {
		if (familyName == null || familyName.isBlank()) {
			return givenName == null ? "" : givenName.strip();
		}
		if (givenName == null || givenName.isBlank()) {
			return familyName.strip();
		}
		String family = familyName.strip();
		String given = givenName.strip();
		return isEastAsian(family) || isEastAsian(given) ? family + given : given + " " + family;
	}

	static boolean isEastAsian(String text) {
		return text.codePoints().anyMatch(PersonNames::isEastAsian);
	}

	private static boolean isEastAsian(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
	}

}
