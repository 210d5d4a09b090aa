package io.guanxi.sales.lead.transfer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The problems found in a file, kept as message keys until the end and then told in the
 * importer's language.
 */
final class ImportProblems {

	private record Entry(int line, @Nullable String column, MessageSourceResolvable message) {
	}

	private final List<Entry> entries = new ArrayList<>();

	private final Set<Integer> lines = new HashSet<>();

	void add(int line, @Nullable String column, String key, Object... arguments) {
		add(line, column, new DefaultMessageSourceResolvable(new String[] { key }, arguments, key));
	}

	/** A problem told in the importer's language already (a validation message). */
	void addText(int line, @Nullable String column, String text) {
		add(line, column, new DefaultMessageSourceResolvable(new String[0], null, text));
	}

	private void add(int line, @Nullable String column, MessageSourceResolvable message) {
		entries.add(new Entry(line, column, message));
		lines.add(line);
	}

	boolean has(int line) {
		return lines.contains(line);
	}

	boolean isEmpty() {
		return entries.isEmpty();
	}

	/** How many rows have problems (the whole file counts as one). */
	int rows() {
		return lines.size();
	}

	/** In line order, a line's problems in the order found. */
	List<LeadImportResult.Problem> resolve(MessageSource messages, Locale locale) {
		return entries.stream()
			.sorted(Comparator.comparingInt(Entry::line))
			.map(entry -> new LeadImportResult.Problem(entry.line(), entry.column(),
					messages.getMessage(entry.message(), locale)))
			.toList();
	}

}
