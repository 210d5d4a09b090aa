package io.guanxi.sales.lead;

import org.jspecify.annotations.Nullable;

/**
 * A lead's name written from its parts the way a contact's is: Chinese, Japanese and
 * Korean names family name first without a space (张 + 伟 → 张伟), Western names given name
 * first ("Emily Chen").
 */
final class PersonName {

	private PersonName() {
	}

	static String of(@Nullable String familyName, @Nullable String givenName) {
		if (familyName == null) {
			return givenName == null ? "" : givenName;
		}
		if (givenName == null) {
			return familyName;
		}
		return isEastAsian(familyName) || isEastAsian(givenName) ? familyName + givenName
				: givenName + " " + familyName;
	}

	private static boolean isEastAsian(String text) {
		return text.codePoints().anyMatch(c -> {
			Character.UnicodeScript script = Character.UnicodeScript.of(c);
			return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
					|| script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
		});
	}

}
