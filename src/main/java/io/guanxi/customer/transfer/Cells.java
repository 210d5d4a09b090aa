package io.guanxi.customer.transfer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates and yes-or-no values as people write them in spreadsheets. */
final class Cells {

	private static final Set<String> YES = Set.of("true", "yes", "y", "1", "x", "✓", "是");

	private static final Set<String> NO = Set.of("false", "no", "n", "0", "否");

	/**
	 * Year, month, day with any separators: 1980-03-15, 1980/3/15, 1980年3月15日 (date cells
	 * of a workbook arrive as 1980-03-15). Day-first and month-first dates are refused:
	 * 03/04/1980 means two different days.
	 */
	private static final Pattern DATE = Pattern.compile("(\\d{4})\\D{1,2}(\\d{1,2})\\D{1,2}(\\d{1,2})\\D?");

	private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

	private Cells() {
	}

	/** The day a cell names, also as 19800315; empty when it is no day. */
	static Optional<LocalDate> date(String text) {
		Matcher date = DATE.matcher(text);
		if (!date.matches()) {
			date = COMPACT_DATE.matcher(text);
		}
		if (!date.matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
					Integer.parseInt(date.group(3))));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	/** Yes (true, y, 1, x, ✓, 是) or no (false, n, 0, 否); empty for anything else. */
	static Optional<Boolean> yesOrNo(String text) {
		String value = text.strip().toLowerCase(Locale.ROOT);
		return YES.contains(value) ? Optional.of(true) : NO.contains(value) ? Optional.of(false) : Optional.empty();
	}

}
