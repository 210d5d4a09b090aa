package io.guanxi.customer.transfer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Proposes a target field for each column from its header, in English or Chinese: the
 * field's label in either language, then its aliases. Each field goes to one column at
 * most, the closest match first.
 */
@Component
class ColumnGuesser {

	static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

	private static final Pattern IGNORED = Pattern.compile("[\\s\\p{Punct}\\p{IsPunctuation}]");

	private final MessageSource messages;

	ColumnGuesser(MessageSource messages) {
		this.messages = messages;
	}

	/** A field key for each header, "" where nothing fits. */
	List<String> guess(List<String> headers, List<ImportField> fields) {
		record Match(int column, String field, int rank) {
		}
		List<Match> matches = new ArrayList<>();
		for (int column = 0; column < headers.size(); column++) {
			String header = normalise(headers.get(column));
			if (header.isEmpty()) {
				continue;
			}
			for (ImportField field : fields) {
				List<String> names = names(field);
				for (int rank = 0; rank < names.size(); rank++) {
					if (names.get(rank).equals(header)) {
						matches.add(new Match(column, field.key(), rank));
						break;
					}
				}
			}
		}
		matches.sort(Comparator.comparingInt(Match::rank).thenComparingInt(Match::column));
		String[] mapping = new String[headers.size()];
		Arrays.fill(mapping, "");
		List<String> taken = new ArrayList<>();
		for (Match match : matches) {
			if (mapping[match.column()].isEmpty() && !taken.contains(match.field())) {
				mapping[match.column()] = match.field();
				taken.add(match.field());
			}
		}
		return List.of(mapping);
	}

	/** The headers that mean the field, normalised, closest first. */
	private List<String> names(ImportField field) {
		List<String> names = new ArrayList<>();
		for (Locale language : LANGUAGES) {
			names.add(normalise(messages.getMessage(field.labelKey(), null, field.key(), language)));
		}
		field.aliases().forEach(alias -> names.add(normalise(alias)));
		names.add(normalise(field.key()));
		return names;
	}

	/**
	 * Lower case, full-width forms folded, and without spaces, punctuation or a
	 * "required" asterisk, so that "E-mail *", "e_mail" and "Ｅｍａｉｌ" compare equal to
	 * "email".
	 */
	static String normalise(String header) {
		String folded = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		return IGNORED.matcher(folded).replaceAll("");
	}

}
