package io.guanxi.customer.contact;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * How people write a name from its parts, and read the parts from a name. Chinese,
 * Japanese and Korean names put the family name first with no space (张 + 伟 → 张伟); Western
 * names put the given name first ("Emily Chen").
 */
public final class PersonNames {

	/**
	 * Chinese family names of two characters, which a full name cannot otherwise be told
	 * from a one-character family name with a two-character given name.
	 */
	private static final Set<String> COMPOUND_FAMILY_NAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙",
			"慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "轩辕", "独孤", "南宫", "西门", "百里", "呼延", "澹台", "公冶", "太史", "申屠", "闻人",
			"赫连", "钟离", "濮阳", "万俟", "单于", "司空", "东郭", "左丘", "第五");

	/**
	 * Words that belong to a Western family name that follows them (Ludwig van
	 * Beethoven).
	 */
	private static final Set<String> FAMILY_PARTICLES = Set.of("van", "von", "de", "der", "den", "da", "di", "del",
			"della", "du", "le", "la", "ter", "ten", "bin", "al");

	private PersonNames() {
	}

	/** A family name and a given name, either possibly empty. */
	public record Parts(@Nullable String familyName, @Nullable String givenName) {
	}

	public static String fullName(@Nullable String familyName, @Nullable String givenName) {
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

	/**
	 * The parts of a name written in one piece, which {@link #fullName} then writes as
	 * people do:
	 * <ul>
	 * <li>"Chen, Emily": family name before the comma;</li>
	 * <li>Chinese, Japanese or Korean: family name first, up to a space or, without one,
	 * the first character (two for a compound family name such as 欧阳); 张 alone is a
	 * family name. Japanese names, whose family names are often two characters, need a
	 * space (山田 太郎) or columns of their own;</li>
	 * <li>Western: the last word (with a van, de, … before it) is the family name, the
	 * words before it the given name; a single word is a given name.</li>
	 * </ul>
	 */
	public static Parts split(String name) {
		String text = name.strip().replaceAll("\\s+", " ");
		if (text.isEmpty()) {
			return new Parts(null, null);
		}
		int comma = text.indexOf(',');
		if (comma > 0 && comma < text.length() - 1) {
			return new Parts(text.substring(0, comma).strip(), text.substring(comma + 1).strip());
		}
		if (isEastAsian(text)) {
			return splitEastAsian(text);
		}
		String[] words = text.split(" ");
		if (words.length == 1) {
			return new Parts(null, text);
		}
		int family = words.length - 1;
		while (family > 1 && FAMILY_PARTICLES.contains(words[family - 1].toLowerCase(Locale.ROOT))) {
			family--;
		}
		return new Parts(String.join(" ", Arrays.copyOfRange(words, family, words.length)),
				String.join(" ", Arrays.copyOfRange(words, 0, family)));
	}

	private static Parts splitEastAsian(String text) {
		int space = text.indexOf(' ');
		if (space > 0) {
			return new Parts(text.substring(0, space), text.substring(space + 1).replace(" ", ""));
		}
		int length = text.codePointCount(0, text.length());
		if (length == 1) {
			return new Parts(text, null);
		}
		int familyLength = length > 2 && COMPOUND_FAMILY_NAMES.contains(prefix(text, 2)) ? 2 : 1;
		String family = prefix(text, familyLength);
		return new Parts(family, text.substring(family.length()));
	}

	private static String prefix(String text, int codePoints) {
		return text.substring(0, text.offsetByCodePoints(0, codePoints));
	}

	public static boolean isEastAsian(String text) {
		return text.codePoints().anyMatch(PersonNames::isEastAsian);
	}

	private static boolean isEastAsian(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
	}

}
