package io.guanxi.relationship.transfer;

import java.util.List;
import java.util.Locale;

/**
 * A column of an import file: its English name (what templates and error reports use) and
 * the other headers it is known by, Chinese ones among them.
 */
record ImportColumn(String name, boolean required, List<String> aliases) {

	static ImportColumn required(String name, String... aliases) {
		return new ImportColumn(name, true, List.of(aliases));
	}

	static ImportColumn optional(String name, String... aliases) {
		return new ImportColumn(name, false, List.of(aliases));
	}

	/**
	 * Whether a header names this column: "Reports to", "reports-to" and "报告对象" alike.
	 */
	boolean matches(String header) {
		String normal = normalise(header);
		return normalise(name).equals(normal) || aliases.stream().anyMatch(alias -> normalise(alias).equals(normal));
	}

	/** Lower case without spaces, dashes and underscores. */
	static String normalise(String text) {
		return text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
	}

}
